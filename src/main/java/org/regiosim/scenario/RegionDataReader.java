package org.regiosim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.regiosim.model.MunicipalitySpec;
import org.regiosim.model.RegionData;
import org.regiosim.model.UniversitySpec;
import org.regiosim.model.params.PlainNumber;
import org.regiosim.model.params.Suggest;

/** Reads the region's CSV files (municipalities, universities) with line-precise errors. */
public final class RegionDataReader {

    private RegionDataReader() {
    }

    public static RegionData read(Path municipalities, Path universities) throws InputException {
        List<MunicipalitySpec> ms = readMunicipalities(municipalities);
        Set<String> names = new TreeSet<>();
        for (MunicipalitySpec m : ms) {
            if (!names.add(m.name())) {
                throw new InputException(municipalities + ": municipality '" + m.name() + "' appears twice");
            }
        }
        List<UniversitySpec> us = readUniversities(universities, names);
        return new RegionData(ms, us);
    }

    static List<MunicipalitySpec> readMunicipalities(Path file) throws InputException {
        List<Row> rows = readCsv(file, List.of("name", "district", "population", "lat", "lon"));
        List<MunicipalitySpec> out = new ArrayList<>();
        for (Row row : rows) {
            int line = row.line();
            String[] r = row.fields();
            int population = (int) number(file, line, "population", r[2], 0, 100_000_000, true);
            double lat = number(file, line, "lat", r[3], -90, 90, false);
            double lon = number(file, line, "lon", r[4], -180, 180, false);
            out.add(new MunicipalitySpec(r[0], r[1], population, lat, lon));
        }
        if (out.isEmpty()) {
            throw new InputException(file + ": no municipalities; the file needs at least one data row");
        }
        return out;
    }

    static List<UniversitySpec> readUniversities(Path file, Set<String> municipalityNames) throws InputException {
        List<Row> rows = readCsv(file, List.of("name", "city", "type"));
        List<UniversitySpec> out = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Row row : rows) {
            String[] r = row.fields();
            if (!municipalityNames.contains(r[1])) {
                throw new InputException(file + " line " + row.line() + ": city '" + r[1]
                        + "' is not a municipality of the region" + Suggest.nearestHint(r[1], municipalityNames));
            }
            Integer first = seen.putIfAbsent(r[0] + "\n" + r[1], row.line());
            if (first != null) {
                throw new InputException(file + " line " + row.line() + ": university '" + r[0] + "' in " + r[1]
                        + " appears twice (first on line " + first + ")");
            }
            out.add(new UniversitySpec(r[0], r[1], r[2]));
        }
        return out;
    }

    private static double number(Path file, int line, String column, String text, double min, double max,
                                 boolean whole) throws InputException {
        if (text.contains("_") || !PlainNumber.isPlain(text)) {
            throw new InputException(file + " line " + line + ", column " + column + ": '" + text + "' is not a number"
                    + PlainNumber.hint(text));
        }
        Double parsed = PlainNumber.parse(text);
        double v = parsed == null ? Double.NaN : parsed; // null: too large (1e999), reported as out of range
        if (!(v >= min && v <= max) || (whole && v != Math.rint(v))) {
            throw new InputException(file + " line " + line + ", column " + column + ": " + text + " is not "
                    + (whole ? "a whole number" : "a number") + " from " + (long) min + " to " + (long) max);
        }
        return v;
    }

    /** A data row and the line of the file it is on (1-based, as an editor counts). */
    private record Row(int line, String[] fields) {
    }

    /** Reads a simple CSV (quotes allowed around fields); checks the header. Blank lines are skipped. */
    private static List<Row> readCsv(Path file, List<String> header) throws InputException {
        List<String> lines = TextFiles.readUtf8(file, "a CSV file").lines().toList();
        if (lines.stream().allMatch(String::isBlank)) {
            throw new InputException(file + ": empty file; expected the header " + String.join(",", header));
        }
        List<String> found = split(lines.get(0).replace("\uFEFF", ""));
        if (!found.equals(header)) {
            throw new InputException(file + " line 1: header is " + String.join(",", found) + "; expected "
                    + String.join(",", header));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = split(lines.get(i));
            if (f.size() != header.size()) {
                throw new InputException(file + " line " + (i + 1) + ": " + f.size() + " fields; expected "
                        + header.size() + " (" + String.join(",", header) + ")");
            }
            rows.add(new Row(i + 1, f.toArray(new String[0])));
        }
        return rows;
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }
}
