package dev.mockloop.cli;

/**
 * An error the user can fix (bad input, a missing file). The CLI prints its message without a stack
 * trace and exits with {@link #status()}: 2 for bad usage or invalid input, 1 for other failures.
 */
public class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public UserException(int status, String message) {
    super(message);
    this.status = status;
  }

  public UserException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** Bad usage or invalid input: exit status 2. */
  public static UserException invalid(String message) {
    return new UserException(2, message);
  }

  public int status() {
    return status;
  }
}
