//! Acronyms of common nouns ("an ATM", "the CEO", "more DLC"): things, jobs and measures,
//! never a person, an organisation or a place, however the tagger reads them where it has
//! not seen them (it knows acronyms mostly as organisations). Written for newslint from
//! technology, finance, science, medicine, sport and parliaments' vocabulary ("the local MP"),
//! British honours ("appointed MBE") and ISO currency codes; acronyms that also name an
//! organisation or a place in news ("IRA", "RBI", "PR", "OK") are left out.

/// Sorted, for a binary search.
const COMMON_NOUN_ACRONYMS: &[&str] = &[
    "AI", "APR", "ATM", "ATV", "AUD", "BMI", "BRL", "CAD", "CBE", "CCTV", "CD", "CEO", "CFO",
    "CGI", "CHF", "CNY", "COO", "CPU", "CTO", "DBE", "DIY", "DKK", "DLC", "DNA", "DSL", "DVD",
    "ECG", "EEG", "EPS", "ETA", "ETF", "EUR", "EV", "FAQ", "GBP", "GDP", "GMO", "GNP", "GPA",
    "GPS", "GPU", "HD", "HDMI", "HIV", "HKD", "HQ", "HTML", "HTTP", "ICBM", "ICU", "IED", "INR",
    "IPO", "IQ", "ISP", "IVF", "JPY", "KBE", "KRW", "LCD", "LED", "LNG", "LPG", "MBA", "MBE",
    "MEP", "MP", "MRI", "MSP", "MVP", "MXN", "NDA", "NFT", "NGO", "NOK", "NZD", "OBE", "OTC", "PC",
    "PCR", "PDF", "PIN", "POW", "PTSD", "RAM", "ROI", "ROM", "ROV", "RPG", "RSVP", "RUB", "SEK",
    "SGD", "SIM", "SMS", "SSD", "SUV", "TKO", "TV", "UAV", "UFO", "URL", "USB", "USD", "UV", "VAT",
    "VIP", "VPN", "VR", "WMD", "ZAR",
];

/// The longest entry, in bytes.
const LONGEST: usize = 4;

/// Whether `name` is one of [`COMMON_NOUN_ACRONYMS`], or its plural ("ATMs").
pub fn is_common_noun(name: &str) -> bool {
    let singular = name.strip_suffix('s').unwrap_or(name);
    // Most names have a lower-case letter by their second byte: no search for them.
    singular.len() <= LONGEST
        && singular.bytes().all(|b| b.is_ascii_uppercase())
        && COMMON_NOUN_ACRONYMS.binary_search(&singular).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_in_capitals_and_no_longer_than_longest() {
        assert!(COMMON_NOUN_ACRONYMS.windows(2).all(|w| w[0] < w[1]));
        assert!(COMMON_NOUN_ACRONYMS
            .iter()
            .all(|a| a.len() <= LONGEST && a.bytes().all(|b| b.is_ascii_uppercase())));
    }

    #[test]
    fn plurals_count_and_names_do_not() {
        assert!(is_common_noun("ATM") && is_common_noun("CEOs"));
        assert!(!is_common_noun("NATO") && !is_common_noun("ATMS") && !is_common_noun("Atm"));
    }
}
