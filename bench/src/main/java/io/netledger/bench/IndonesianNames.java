package io.netledger.bench;

import io.netledger.api.customer.CustomerDetails;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Customers as an Indonesian ISP has them, and what its staff type to find one: given names,
 * family names (one customer in ten goes by a single name), emails, mobile numbers and cities,
 * drawn deterministically from the customer's number so every run holds the same table.
 */
final class IndonesianNames {

    private static final List<String> GIVEN = List.of("Siti", "Nur", "Dewi", "Sri", "Budi", "Agus", "Eko", "Joko",
            "Bambang", "Ahmad", "Muhammad", "Rizky", "Putri", "Ayu", "Indah", "Fitri", "Wulan", "Rina", "Yuni", "Dian",
            "Hendra", "Andi", "Arif", "Teguh", "Wahyu", "Yusuf", "Irfan", "Fajar", "Dimas", "Rudi", "Slamet",
            "Sutrisno", "Kurniawati", "Setiawati", "Nurhayati", "Rahmawati", "Suwarni", "Sumarni", "Nuraini", "Yanti",
            "Mega", "Ratna", "Kartika", "Intan", "Maya", "Novi", "Hadi", "Sugeng", "Rahmat", "Lina");
    private static final List<String> FAMILY = List.of("Santoso", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Rahayu",
            "Pratama", "Setiawan", "Nugroho", "Lestari", "Hartono", "Susanto", "Wibowo", "Purnamasari", "Siregar",
            "Nasution", "Simanjuntak", "Harahap", "Aminah", "Rahman", "Hasibuan", "Sihombing", "Gunawan", "Halim",
            "Sulistyo", "Ningsih", "Handayani", "Permana", "Firmansyah", "Kurniawan", "Prasetyo", "Utomo", "Hakim",
            "Maulana", "Syahputra", "Sari", "Putra", "Hadiwijaya", "Suryadi", "Wahyuni");
    private static final List<String> CITIES = List.of("Bandung", "Bogor", "Bekasi", "Depok", "Jakarta Selatan",
            "Tangerang", "Surabaya", "Medan", "Semarang", "Yogyakarta", "Malang", "Makassar");
    private static final List<String> MAIL = List.of("gmail.com", "yahoo.co.id", "gmail.com", "outlook.com",
            "gmail.com", "ymail.com");
    /** Telkomsel, Indosat, XL, Smartfren and Tri prefixes. */
    private static final List<String> MOBILE = List.of("0812", "0813", "0821", "0852", "0857", "0815", "0817",
            "0878", "0881", "0896");

    /**
     * What staff type in the search box: a name or the start or end of one ("wati" finds Kurniawati and
     * Setiawati, "nur" Nurhayati and Nuraini), in either case, and sometimes two words.
     */
    static final List<String> SEARCH_WORDS = List.of("siti", "budi", "wati", "Santoso", "nur", "dewi", "agus",
            "putri", "hadi", "rahma", "sari", "ningsih", "Wijaya", "eko", "yanti", "siregar", "siti nur",
            "budi santoso", "kusuma", "hartono");

    private IndonesianNames() {
    }

    /** The n-th customer's details; the same n gives the same customer, and no two share an email. */
    static CustomerDetails customer(long n) {
        String given = GIVEN.get((int) (n % GIVEN.size()));
        String family = n / 7 % 10 == 3 ? null : FAMILY.get((int) (n / GIVEN.size() % FAMILY.size()));
        String name = family == null ? given : given + " " + family;
        String email = (family == null ? given : given + "." + family).toLowerCase(Locale.ROOT) + "." + n + "@"
                + MAIL.get((int) (n % MAIL.size()));
        long scrambled = n * 2_654_435_761L % 100_000_000L;
        String phone = MOBILE.get((int) (n / 11 % MOBILE.size())) + String.format(Locale.ROOT, "%08d", scrambled);
        String city = CITIES.get((int) (n / 3 % CITIES.size()));
        return new CustomerDetails(name, email, phone, "Jl. Merdeka No. " + (n % 200 + 1), city, null, null, null,
                Map.of());
    }
}
