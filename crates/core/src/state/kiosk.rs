//! Kiosk mode's idle rule: after `idle` seconds without a touch the screen warns, and after
//! `idle + warn` it resets (everything wiped, back to the start). Both durations come from the
//! address (`?mode=kiosk&idle=90&warn=20`), clamped to sensible bounds, so installers can tune
//! them per hall without a rebuild.

/// Idle durations in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KioskTimes {
    /// Seconds without input before the warning shows.
    pub idle: u32,
    /// Seconds the warning shows before the reset.
    pub warn: u32,
}

impl Default for KioskTimes {
    fn default() -> Self {
        KioskTimes { idle: 120, warn: 30 }
    }
}

/// What the kiosk shows after `elapsed` seconds without input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdlePhase {
    Active,
    /// The warning, with whole seconds left before the reset.
    Warning {
        left: u32,
    },
    Reset,
}

impl KioskTimes {
    /// Reads `idle` and `warn` from a query string (`?mode=kiosk&idle=90`); missing or unreadable
    /// values keep their defaults, others are clamped (idle 10 s–1 h, warn 5–120 s).
    pub fn from_query(query: &str) -> KioskTimes {
        let mut t = KioskTimes::default();
        for pair in query.trim_start_matches('?').split('&') {
            let Some((key, value)) = pair.split_once('=') else { continue };
            let Ok(n) = value.parse::<u32>() else { continue };
            match key {
                "idle" => t.idle = n.clamp(10, 3_600),
                "warn" => t.warn = n.clamp(5, 120),
                _ => {}
            }
        }
        t
    }

    pub fn phase(&self, elapsed_secs: f64) -> IdlePhase {
        let idle = f64::from(self.idle);
        let end = idle + f64::from(self.warn);
        if elapsed_secs < idle {
            IdlePhase::Active
        } else if elapsed_secs < end {
            IdlePhase::Warning { left: (end - elapsed_secs).ceil() as u32 }
        } else {
            IdlePhase::Reset
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_come_from_the_address_within_bounds() {
        assert_eq!(KioskTimes::from_query(""), KioskTimes::default());
        assert_eq!(KioskTimes::from_query("?mode=kiosk&idle=90&warn=20"), KioskTimes { idle: 90, warn: 20 });
        assert_eq!(KioskTimes::from_query("?idle=1&warn=999"), KioskTimes { idle: 10, warn: 120 });
        assert_eq!(KioskTimes::from_query("?idle=abc&warn=-3&idle"), KioskTimes::default());
    }

    #[test]
    fn active_then_warning_then_reset() {
        let t = KioskTimes { idle: 60, warn: 10 };
        assert_eq!(t.phase(0.0), IdlePhase::Active);
        assert_eq!(t.phase(59.9), IdlePhase::Active);
        assert_eq!(t.phase(60.0), IdlePhase::Warning { left: 10 });
        assert_eq!(t.phase(65.5), IdlePhase::Warning { left: 5 });
        assert_eq!(t.phase(69.9), IdlePhase::Warning { left: 1 });
        assert_eq!(t.phase(70.0), IdlePhase::Reset);
    }
}
