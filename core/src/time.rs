//! Virtual time: milliseconds since the cluster started, and the wall-clock renderings
//! kubectl shows (RFC 3339 in YAML/JSON, RFC 1123Z in `describe`, ages).

use std::fmt;
use std::ops::{Add, Sub};

/// An instant of virtual time: milliseconds since the simulation started.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct SimTime(pub u64);

/// A span of virtual time in milliseconds.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct SimDuration(pub u64);

impl SimDuration {
    /// `n` milliseconds.
    pub const fn from_millis(n: u64) -> Self {
        SimDuration(n)
    }
    /// `n` seconds.
    pub const fn from_secs(n: u64) -> Self {
        SimDuration(n.saturating_mul(1000))
    }
    /// The length in milliseconds.
    pub const fn as_millis(self) -> u64 {
        self.0
    }
}

impl SimTime {
    /// The start of the simulation.
    pub const ZERO: SimTime = SimTime(0);
    /// Milliseconds since the start.
    pub const fn millis(self) -> u64 {
        self.0
    }
    /// This instant truncated to the whole second, as the API server stores `metav1.Time`.
    pub const fn truncate_to_second(self) -> SimTime {
        SimTime(self.0 - self.0 % 1000)
    }
    /// `self + d`, saturating.
    pub const fn plus(self, d: SimDuration) -> SimTime {
        SimTime(self.0.saturating_add(d.0))
    }
    /// `self - other` in milliseconds (0 if `other` is later).
    pub const fn since(self, other: SimTime) -> SimDuration {
        SimDuration(self.0.saturating_sub(other.0))
    }
}

impl Add<SimDuration> for SimTime {
    type Output = SimTime;
    fn add(self, d: SimDuration) -> SimTime {
        self.plus(d)
    }
}

impl Sub for SimTime {
    type Output = SimDuration;
    fn sub(self, other: SimTime) -> SimDuration {
        self.since(other)
    }
}

/// Maps virtual time to wall-clock time: virtual 0 is `epoch_unix_ms` (default
/// 2026-01-01T00:00:00Z), so every timestamp kubeplay prints is deterministic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Epoch {
    /// Unix time in milliseconds of virtual time 0.
    pub unix_ms: i64,
}

impl Default for Epoch {
    fn default() -> Self {
        Epoch {
            unix_ms: DEFAULT_EPOCH_UNIX_MS,
        }
    }
}

/// 2026-01-01T00:00:00Z in Unix milliseconds.
pub const DEFAULT_EPOCH_UNIX_MS: i64 = 1_767_225_600_000;

/// A broken-down UTC date and time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    /// Year, e.g. 2026.
    pub year: i64,
    /// Month 1–12.
    pub month: u32,
    /// Day of month 1–31.
    pub day: u32,
    /// Hour 0–23.
    pub hour: u32,
    /// Minute 0–59.
    pub minute: u32,
    /// Second 0–59.
    pub second: u32,
    /// Millisecond 0–999.
    pub milli: u32,
    /// Day of week, 0 = Sunday.
    pub weekday: u32,
}

impl Epoch {
    /// Unix milliseconds of a virtual instant.
    pub fn unix_ms(self, t: SimTime) -> i64 {
        self.unix_ms
            .saturating_add(i64::try_from(t.0).unwrap_or(i64::MAX))
    }

    /// The UTC calendar date of a virtual instant.
    pub fn civil(self, t: SimTime) -> Civil {
        civil_from_unix_ms(self.unix_ms(t))
    }

    /// RFC 3339 with second precision, as `metav1.Time` serializes: `2026-01-01T00:00:05Z`.
    pub fn rfc3339(self, t: SimTime) -> String {
        let c = self.civil(t);
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            c.year, c.month, c.day, c.hour, c.minute, c.second
        )
    }

    /// RFC 3339 with microseconds, as `metav1.MicroTime` serializes.
    pub fn rfc3339_micro(self, t: SimTime) -> String {
        let c = self.civil(t);
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}000Z",
            c.year, c.month, c.day, c.hour, c.minute, c.second, c.milli
        )
    }

    /// RFC 1123 with numeric zone, as `kubectl describe` prints: `Thu, 01 Jan 2026 00:00:05 +0000`.
    pub fn rfc1123z(self, t: SimTime) -> String {
        const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let c = self.civil(t);
        format!(
            "{}, {:02} {} {:04} {:02}:{:02}:{:02} +0000",
            DAYS[c.weekday as usize % 7],
            c.day,
            MONTHS[(c.month as usize + 11) % 12],
            c.year,
            c.hour,
            c.minute,
            c.second
        )
    }

    /// Parses an RFC 3339 UTC timestamp (`2026-01-01T00:00:05Z`, optional fraction) back
    /// into virtual time; `None` if malformed or before the epoch.
    pub fn parse_rfc3339(self, s: &str) -> Option<SimTime> {
        let ms = parse_rfc3339_unix_ms(s)?;
        let rel = ms.checked_sub(self.unix_ms)?;
        u64::try_from(rel).ok().map(SimTime)
    }
}

/// Days since 1970-01-01 → (year, month, day). Howard Hinnant's algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) → days since 1970-01-01.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_unix_ms(ms: i64) -> Civil {
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    let secs = rem / 1000;
    Civil {
        year,
        month,
        day,
        hour: (secs / 3600) as u32,
        minute: ((secs / 60) % 60) as u32,
        second: (secs % 60) as u32,
        milli: (rem % 1000) as u32,
        weekday: (days + 4).rem_euclid(7) as u32,
    }
}

fn parse_rfc3339_unix_ms(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || (b[10] != b'T' && b[10] != b't') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> { s.get(r)?.parse::<i64>().ok() };
    let year = num(0..4)?;
    let month = u32::try_from(num(5..7)?).ok()?;
    let day = u32::try_from(num(8..10)?).ok()?;
    let hour = num(11..13)?;
    let minute = num(14..16)?;
    let second = num(17..19)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    if second > 60 {
        return None;
    }
    let mut rest = &s[19..];
    let mut millis = 0i64;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits: String = frac.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            return None;
        }
        let padded = format!("{digits:0<3}");
        millis = padded[..3].parse().ok()?;
        rest = &frac[digits.len()..];
    }
    if rest != "Z" && rest != "z" && rest != "+00:00" {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some(((days * 86_400 + hour * 3600 + minute * 60 + second) * 1000) + millis)
}

/// kubectl's `HumanDuration` (apimachinery `duration.HumanDuration`), used for AGE columns.
pub fn human_duration_ms(ms: i64) -> String {
    // Go's `int(d.Seconds())` truncates toward zero: -1.5 s is "0s", -2.5 s "<invalid>".
    let seconds = ms / 1000;
    if seconds < -1 {
        return "<invalid>".to_string();
    }
    if seconds < 0 {
        return "0s".to_string();
    }
    if seconds < 60 * 2 {
        return format!("{seconds}s");
    }
    let minutes = seconds / 60;
    if minutes < 10 {
        let s = seconds % 60;
        if s == 0 {
            return format!("{minutes}m");
        }
        return format!("{minutes}m{s}s");
    }
    if minutes < 60 * 3 {
        return format!("{minutes}m");
    }
    let hours = minutes / 60;
    if hours < 8 {
        let m = minutes % 60;
        if m == 0 {
            return format!("{hours}h");
        }
        return format!("{hours}h{m}m");
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    if hours < 24 * 8 {
        let h = hours % 24;
        if h == 0 {
            return format!("{}d", hours / 24);
        }
        return format!("{}d{}h", hours / 24, h);
    }
    if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    }
    if hours < 24 * 365 * 8 {
        let dy = (hours / 24) % 365;
        if dy == 0 {
            return format!("{}y", hours / 24 / 365);
        }
        return format!("{}y{}d", hours / 24 / 365, dy);
    }
    format!("{}y", hours / 24 / 365)
}

/// Parses a duration as `sleep`, `--timeout` and friends accept: `30s`, `2m`, `1m30s`,
/// `1500ms`, `1h`, a bare number meaning seconds.
pub fn parse_duration(s: &str) -> Option<SimDuration> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(n) = s.parse::<u64>() {
        return Some(SimDuration::from_secs(n));
    }
    let mut total: u64 = 0;
    let mut rest = s;
    while !rest.is_empty() {
        let digits_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if digits_end == 0 {
            return None;
        }
        let num: f64 = rest[..digits_end].parse().ok()?;
        rest = &rest[digits_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let factor = match &rest[..unit_end] {
            "ms" => 1.0,
            "s" => 1000.0,
            "m" => 60_000.0,
            "h" => 3_600_000.0,
            "d" => 86_400_000.0,
            _ => return None,
        };
        rest = &rest[unit_end..];
        let part = num * factor;
        if !part.is_finite() || !(0.0..=1e15).contains(&part) {
            return None;
        }
        total = total.checked_add(part.round() as u64)?;
    }
    Some(SimDuration(total))
}

/// Go's `time.Duration.String()` for a duration in milliseconds: `500ms`, `3.812s`, `1m5s`.
pub fn go_duration_ms(ms: u64) -> String {
    if ms == 0 {
        return "0s".to_string();
    }
    if ms < 1000 {
        return format!("{ms}ms");
    }
    let h = ms / 3_600_000;
    let m = (ms / 60_000) % 60;
    let s = (ms / 1000) % 60;
    let frac = ms % 1000;
    let mut secs = s.to_string();
    if frac > 0 {
        let f = format!("{frac:03}");
        secs.push('.');
        secs.push_str(f.trim_end_matches('0'));
    }
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}m"));
    }
    out.push_str(&secs);
    out.push('s');
    out
}

impl fmt::Display for SimTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}ms", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_duration_matches_kubectl() {
        struct Case {
            name: &'static str,
            secs: i64,
            want: &'static str,
        }
        let cases = [
            Case {
                name: "negative beyond -1s",
                secs: -2,
                want: "<invalid>",
            },
            Case {
                name: "zero",
                secs: 0,
                want: "0s",
            },
            Case {
                name: "119s",
                secs: 119,
                want: "119s",
            },
            Case {
                name: "2m exactly",
                secs: 120,
                want: "2m",
            },
            Case {
                name: "139s",
                secs: 139,
                want: "2m19s",
            },
            Case {
                name: "600s",
                secs: 600,
                want: "10m",
            },
            Case {
                name: "10799s",
                secs: 10_799,
                want: "179m",
            },
            Case {
                name: "11000s",
                secs: 11_000,
                want: "3h3m",
            },
            Case {
                name: "3h exactly",
                secs: 10_800,
                want: "3h",
            },
            Case {
                name: "26h",
                secs: 26 * 3600,
                want: "26h",
            },
            Case {
                name: "200000s",
                secs: 200_000,
                want: "2d7h",
            },
            Case {
                name: "3d",
                secs: 3 * 86_400,
                want: "3d",
            },
            Case {
                name: "100d",
                secs: 100 * 86_400,
                want: "100d",
            },
            Case {
                name: "3y",
                secs: 3 * 365 * 86_400,
                want: "3y",
            },
            Case {
                name: "3y10d",
                secs: (3 * 365 + 10) * 86_400,
                want: "3y10d",
            },
            Case {
                name: "9y",
                secs: 9 * 365 * 86_400,
                want: "9y",
            },
        ];
        for c in &cases {
            assert_eq!(human_duration_ms(c.secs * 1000), c.want, "{}", c.name);
        }
        assert_eq!(human_duration_ms(-1_500), "0s", "truncation toward zero");
        assert_eq!(human_duration_ms(-2_500), "<invalid>");
    }

    #[test]
    fn wall_clock_renderings() {
        let e = Epoch::default();
        assert_eq!(e.rfc3339(SimTime(0)), "2026-01-01T00:00:00Z");
        assert_eq!(e.rfc1123z(SimTime(0)), "Thu, 01 Jan 2026 00:00:00 +0000");
        assert_eq!(e.rfc3339(SimTime(90_061_500)), "2026-01-02T01:01:01Z");
        assert_eq!(
            e.rfc3339_micro(SimTime(1_500)),
            "2026-01-01T00:00:01.500000Z"
        );
        let leap = Epoch {
            unix_ms: 951_782_400_000,
        }; // 2000-02-29
        assert_eq!(leap.rfc1123z(SimTime(0)), "Tue, 29 Feb 2000 00:00:00 +0000");
        assert_eq!(
            e.parse_rfc3339("2026-01-01T00:01:05Z"),
            Some(SimTime(65_000))
        );
        assert_eq!(e.parse_rfc3339("2025-12-31T23:59:59Z"), None);
        assert_eq!(e.parse_rfc3339("garbage"), None);
    }

    #[test]
    fn go_durations() {
        for (ms, want) in [
            (0, "0s"),
            (500, "500ms"),
            (3_812, "3.812s"),
            (3_800, "3.8s"),
            (3_000, "3s"),
            (65_500, "1m5.5s"),
            (3_723_000, "1h2m3s"),
        ] {
            assert_eq!(go_duration_ms(ms), want, "{ms}");
        }
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("30s"), Some(SimDuration(30_000)));
        assert_eq!(parse_duration("1m30s"), Some(SimDuration(90_000)));
        assert_eq!(parse_duration("1500ms"), Some(SimDuration(1_500)));
        assert_eq!(parse_duration("2"), Some(SimDuration(2_000)));
        assert_eq!(parse_duration("1.5s"), Some(SimDuration(1_500)));
        assert_eq!(parse_duration("5x"), None);
        assert_eq!(parse_duration(""), None);
        assert_eq!(parse_duration("s"), None);
    }
}
