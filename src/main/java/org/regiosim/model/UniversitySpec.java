package org.regiosim.model;

/** Input data of one institution of higher education: name, city (a municipality's name) and type. */
public record UniversitySpec(String name, String city, String type) {

    /** Universities of applied sciences (and private ones) are smaller and more transfer-oriented. */
    public boolean isAppliedSciences() {
        return type.contains("applied sciences");
    }
}
