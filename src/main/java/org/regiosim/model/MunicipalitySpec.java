package org.regiosim.model;

/** Input data of one municipality: name, district, inhabitants, centre (WGS84 degrees). */
public record MunicipalitySpec(String name, String district, int population, double lat, double lon) {
}
