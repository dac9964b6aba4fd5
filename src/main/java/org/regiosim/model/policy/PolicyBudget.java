package org.regiosim.model.policy;

/** The part of the agency's quarterly budget that one policy arm may spend (EUR). */
public final class PolicyBudget {

    private double available;
    private double spent;

    /** Starts a quarter with a fresh allocation; unspent money lapses. */
    public void startQuarter(double allocation) {
        available = allocation;
        spent = 0;
    }

    public double available() { return available; }
    public double spent() { return spent; }

    /** Spends the whole amount if it is available; otherwise spends nothing. */
    public boolean trySpend(double amount) {
        if (amount > available) {
            return false;
        }
        available -= amount;
        spent += amount;
        return true;
    }

    /** Gives back part of what was spent (a subsidy the project could not use). */
    public void refund(double amount) {
        double r = Math.min(Math.max(0, amount), spent);
        spent -= r;
        available += r;
    }

    /** Spends as much of the amount as is available and returns what was spent. */
    public double spendUpTo(double amount) {
        double s = Math.min(Math.max(0, amount), available);
        available -= s;
        spent += s;
        return s;
    }
}
