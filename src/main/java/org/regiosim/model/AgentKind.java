package org.regiosim.model;

/** The three kinds of actors that choose between cooperating and competing. */
public enum AgentKind {
    FIRM, UNIVERSITY, MUNICIPALITY
}
