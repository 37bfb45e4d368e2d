package dev.mockloop.tui;

import dev.mockloop.bank.Level;
import dev.mockloop.session.History;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.SessionIndex;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.SessionSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the review list shows: the saved sessions read from the index, filtered by level and topic,
 * newest first, then the unreadable files ({@code StoredSession.Unreadable}). {@link
 * ReviewListView} moves a selection over {@link #rows} and draws them.
 */
final class ReviewRows {
  private final SessionStore store;
  private History all;
  private Level level;
  private String topic;
  private List<Object> rows = List.of();

  ReviewRows(SessionStore store) {
    this.store = store;
  }

  /** Reads the index again; returns why it could not be read, or "" (the list is then empty). */
  String reload() {
    String error = "";
    try {
      all = SessionIndex.load(store);
    } catch (SessionException e) {
      all = new History(List.of(), List.of(), Map.of());
      error = e.getMessage();
    }
    refilter();
    return error;
  }

  /** The level filter's next value: all, L6, L7, all again. */
  void nextLevel() {
    level = level == null ? Level.L6 : level == Level.L6 ? Level.L7 : null;
    refilter();
  }

  /** The topic filter's next value: all, then each topic of the history in turn. */
  void nextTopic() {
    List<String> topics = all.topics();
    int i = topic == null ? -1 : topics.indexOf(topic);
    topic = i + 1 < topics.size() ? topics.get(i + 1) : null;
    refilter();
  }

  private void refilter() {
    List<Object> r = new ArrayList<>(all.filter(level, topic).sessions());
    Collections.reverse(r);
    r.addAll(all.unreadable());
    rows = r;
  }

  /** The sessions that pass the filters, newest first, then every unreadable file. */
  List<Object> rows() {
    return rows;
  }

  History all() {
    return all;
  }

  /** "mockloop · Review · 3 sessions, 1 unreadable · level all · topic all", the title bar. */
  String title() {
    long shown = rows.stream().filter(r -> r instanceof SessionSummary).count();
    return " mockloop · Review · "
        + shown
        + (shown == 1 ? " session" : " sessions")
        + (all.unreadable().isEmpty() ? "" : ", " + all.unreadable().size() + " unreadable")
        + " · level "
        + (level == null ? "all" : level)
        + " · topic "
        + (topic == null ? "all" : topic);
  }

  /** What an empty list says: nothing saved yet, or nothing passes the filters. */
  String empty() {
    return all.sessions().isEmpty()
        ? "No sessions yet in " + store.dir() + ": practise a round first."
        : "No session matches the filter (l level, t topic).";
  }
}
