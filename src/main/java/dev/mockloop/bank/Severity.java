package dev.mockloop.bank;

import java.util.Locale;

/** How serious a {@link Problem} is: errors make a bank unusable, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** "error" or "warning", as printed in a problem line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
