package dev.mockloop.session;

/**
 * A session cannot be read, written or resumed; the message names the file and says what to do.
 * Front ends show it as bad input (exit 2) or as a notice.
 */
public class SessionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SessionException(String message) {
    super(message);
  }

  public SessionException(String message, Throwable cause) {
    super(message, cause);
  }
}
