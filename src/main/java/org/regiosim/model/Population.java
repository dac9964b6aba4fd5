package org.regiosim.model;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;

/**
 * The active firms, indexed three ways (all, by lead market, by municipality) so that a random
 * firm of the region, of a market or of a place is drawn in constant time and a firm enters or
 * exits in constant time. Partner search never scans the population.
 */
public final class Population {

    private final List<Firm> all = new ArrayList<>();
    private final List<List<Firm>> byMarket = new ArrayList<>();
    private final List<List<Firm>> byMunicipality = new ArrayList<>();

    Population(int municipalities) {
        for (int m = 0; m < LeadMarket.count(); m++) {
            byMarket.add(new ArrayList<>());
        }
        for (int i = 0; i < municipalities; i++) {
            byMunicipality.add(new ArrayList<>());
        }
    }

    public int size() { return all.size(); }
    public Firm get(int i) { return all.get(i); }
    public int sizeInMarket(int market) { return byMarket.get(market).size(); }

    void add(Firm f) {
        f.slotAll = append(all, f);
        f.slotMarket = append(byMarket.get(f.market().ordinal()), f);
        f.slotMunicipality = append(byMunicipality.get(f.home().index()), f);
    }

    void remove(Firm f) {
        removeAt(all, f.slotAll, Slot.ALL);
        removeAt(byMarket.get(f.market().ordinal()), f.slotMarket, Slot.MARKET);
        removeAt(byMunicipality.get(f.home().index()), f.slotMunicipality, Slot.MUNICIPALITY);
    }

    /** A uniformly random firm of the region, or null if there are none. */
    Firm random(MersenneTwisterFast r) {
        return all.isEmpty() ? null : all.get(r.nextInt(all.size()));
    }

    Firm randomInMarket(int market, MersenneTwisterFast r) {
        List<Firm> l = byMarket.get(market);
        return l.isEmpty() ? null : l.get(r.nextInt(l.size()));
    }

    Firm randomInMunicipality(int municipality, MersenneTwisterFast r) {
        List<Firm> l = byMunicipality.get(municipality);
        return l.isEmpty() ? null : l.get(r.nextInt(l.size()));
    }

    private enum Slot { ALL, MARKET, MUNICIPALITY }

    private static int append(List<Firm> list, Firm f) {
        list.add(f);
        return list.size() - 1;
    }

    private static void removeAt(List<Firm> list, int slot, Slot which) {
        Firm last = list.remove(list.size() - 1);
        if (slot < list.size()) {
            list.set(slot, last);
            switch (which) {
                case ALL -> last.slotAll = slot;
                case MARKET -> last.slotMarket = slot;
                case MUNICIPALITY -> last.slotMunicipality = slot;
            }
        }
    }
}
