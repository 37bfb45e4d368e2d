package dev.mockloop.scoring;

import java.util.List;

/** Word lists the signals use. */
final class Vocabulary {
  private Vocabulary() {}

  /**
   * Management buzzwords: words that sound strategic and say nothing on their own. A principal's
   * answer uses a few; prose made of them is graded vague.
   */
  // spotless:off
  static final WordPhrases BUZZWORDS = new WordPhrases(
      "synergy", "synergies", "alignment", "align", "aligned", "aligning", "north star",
      "holistic", "holistically", "paradigm", "leverage", "leveraging", "empower", "empowers",
      "empowering", "empowered", "journey", "best-in-class", "world-class", "cutting-edge",
      "future-proof", "stakeholders", "stakeholder", "optionality", "posture", "value creation",
      "transformation", "transformational", "transformative", "innovation", "innovative",
      "seamless", "seamlessly", "agility", "excellence", "cross-functional", "guiding principles",
      "mindset", "ecosystem", "game-changer", "game changer", "visibility", "strategic",
      "strategically", "robust", "best practices", "best practice", "thought leadership",
      "move the needle", "unlock", "unlocks", "unlocking", "drive", "driving", "holistic view",
      "value proposition", "vision", "culture", "cloud-native", "next-generation", "scalable",
      "impactful", "actionable", "key stakeholders", "buy-in", "okrs", "okr", "governance",
      "center of excellence", "change management", "data-driven", "customer-centric");
  // spotless:on

  /** Function words: prose is roughly 40-55% of these; a list of terms has almost none. */
  // spotless:off
  static final WordSet FUNCTION_WORDS = WordSet.copyOf(List.of(
      "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all",
      "both", "either", "neither", "no", "not", "of", "in", "on", "at", "to", "for", "from", "by",
      "with", "without", "about", "into", "onto", "over", "under", "between", "through", "after",
      "before", "during", "against", "within", "across", "per", "via", "than", "as", "and", "or",
      "but", "nor", "so", "yet", "because", "since", "while", "although", "though", "if",
      "unless", "when", "where", "which", "who", "whom", "whose", "what", "how", "why", "then",
      "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
      "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may",
      "might", "must", "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her",
      "them", "my", "our", "your", "his", "its", "their", "mine", "ours", "i'd", "we'd", "i'll",
      "we'll", "i'm", "we're", "it's", "that's", "there's", "don't", "doesn't", "didn't",
      "won't", "wouldn't", "isn't", "aren't", "can't", "shouldn't", "also", "just", "only",
      "very", "too", "more", "most", "less", "least", "such", "other", "another", "same", "own",
      "up", "down", "out", "off", "again", "once", "like", "whether", "instead", "rather"));
  // spotless:on

  /** Units that make a number a quantified fact. */
  // spotless:off
  static final WordSet UNITS = WordSet.copyOf(List.of(
      "%", "percent", "x", "k", "m", "b", "bn", "thousand", "million", "billion", "trillion",
      "ms", "millisecond", "milliseconds", "µs", "s", "sec", "secs", "second", "seconds",
      "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day", "days",
      "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "yr", "yrs",
      "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "qps", "rps", "tps", "wps", "rcu",
      "rcus", "wcu", "wcus", "iops", "rpm", "req", "reqs", "request", "requests", "transaction",
      "transactions", "tx", "events", "messages", "msgs", "users", "customers", "engineers",
      "people", "teams", "team", "services", "nodes", "servers", "instances", "hosts", "shards",
      "partitions", "regions", "azs", "connections", "threads", "retries", "attempts", "calls",
      "orders", "payments", "streams", "viewers", "records", "rows", "items", "writes", "reads",
      "dollars", "usd", "cents", "nines", "9s", "gbps", "mbps", "hz", "cores", "vcpus", "pods",
      "replicas", "brokers", "consumers", "producers", "sprints", "phases", "weeks", "headcount",
      "fte", "ftes", "developers", "apps", "accounts", "tenants", "sessions", "queries", "jobs",
      "eng", "engs", "engineer", "qtr", "qtrs", "mo", "mos", "wk", "wks", "ppl", "devs",
      "person", "dbas", "sres", "squads", "products", "documents", "files", "keys", "pages",
      "alerts", "incidents", "deploys", "deployments", "releases", "tickets", "ms.", "gigs",
      "byte", "bytes", "kilobytes", "megabytes", "gigabytes", "terabytes", "petabytes", "shard",
      "node", "server", "instance", "host", "region", "replica", "core", "vcpu", "gpu", "gpus",
      "cents", "ops", "writes/s", "reads/s", "tokens", "seconds."));
  // spotless:on

  /** Spelled-out small numbers, counted as quantities before a unit ("two teams"). */
  // spotless:off
  static final WordSet NUMBER_WORDS = WordSet.copyOf(List.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred", "half", "dozen"));
  // spotless:on

  static {
    CommonWords.install(FUNCTION_WORDS, UNITS, NUMBER_WORDS); // after the lists above are made
  }
}
