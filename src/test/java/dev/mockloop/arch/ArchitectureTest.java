package dev.mockloop.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.mockloop.bank.Bank;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.LoopPlan;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.scoring.AnswerScorer;
import dev.mockloop.session.Recovery;
import dev.mockloop.session.Transcript;
import java.time.Clock;

/**
 * The import rules of docs/architecture.md, checked on the main classes: the package layers (each
 * package imports only those below it; {@code report}, which turns cards, rounds, loops and
 * sessions into styled lines, sits between {@code session} and the front ends), no UI library below
 * the front ends, the two front ends apart, a practice session stepped only through {@code
 * session.PracticeRun}, and no package cycle. A known exception is named here, with the issue that
 * removes it.
 */
@AnalyzeClasses(packages = "dev.mockloop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("io")
          .definedBy("dev.mockloop.io..")
          .layer("bank")
          .definedBy("dev.mockloop.bank..")
          .layer("scoring")
          .definedBy("dev.mockloop.scoring..")
          .layer("engine")
          .definedBy("dev.mockloop.engine..")
          .layer("session")
          .definedBy("dev.mockloop.session..")
          .layer("report")
          .definedBy("dev.mockloop.report..")
          .layer("tui")
          .definedBy("dev.mockloop.tui..")
          .layer("line")
          .definedBy("dev.mockloop.line..")
          .layer("cli")
          .definedBy("dev.mockloop.cli..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("tui")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("line")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("report")
          .mayOnlyBeAccessedByLayers("tui", "line", "cli")
          .whereLayer("session")
          .mayOnlyBeAccessedByLayers("report", "tui", "line", "cli")
          .whereLayer("engine")
          .mayOnlyBeAccessedByLayers("session", "report", "tui", "line", "cli")
          .whereLayer("scoring")
          .mayOnlyBeAccessedByLayers("engine", "session", "report", "tui", "line", "cli")
          .whereLayer("bank")
          .mayOnlyBeAccessedByLayers(
              "scoring", "engine", "session", "report", "tui", "line", "cli");

  @ArchTest
  static final ArchRule NO_UI_LIBRARY_BELOW_THE_FRONT_ENDS =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.mockloop.io..",
              "dev.mockloop.bank..",
              "dev.mockloop.scoring..",
              "dev.mockloop.engine..",
              "dev.mockloop.session..",
              "dev.mockloop.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.googlecode.lanterna..", "org.jline..", "picocli..");

  /** The TUI uses JLine's signal helper ({@code Suspend}) but never a JLine terminal or reader. */
  @ArchTest
  static final ArchRule TUI_OPENS_NO_JLINE_TERMINAL =
      noClasses()
          .that()
          .resideInAPackage("dev.mockloop.tui..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jline.terminal..", "org.jline.reader..", "picocli..");

  /**
   * The TUI draws on Lanterna's screen itself: its window toolkit ({@code gui2}) asks for the
   * default theme when made, which loads and parses every theme Lanterna bundles before the first
   * frame (docs/performance.md).
   */
  @ArchTest
  static final ArchRule TUI_DRAWS_WITHOUT_LANTERNAS_WINDOW_TOOLKIT =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.googlecode.lanterna.gui2..", "com.googlecode.lanterna.bundle..");

  @ArchTest
  static final ArchRule LINE_USES_NEITHER_LANTERNA_NOR_PICOCLI =
      noClasses()
          .that()
          .resideInAPackage("dev.mockloop.line..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.googlecode.lanterna..", "picocli..");

  /**
   * A practice session is stepped only through {@code session.PracticeRun}, which saves what each
   * event changed and holds the one rule for ending: the front ends send it events and draw its
   * state, and never drive a round, a loop or a transcript file themselves.
   */
  @ArchTest
  static final ArchRule FRONT_ENDS_STEP_A_SESSION_ONLY_THROUGH_PRACTICE_RUN =
      noClasses()
          .that()
          .resideInAnyPackage("dev.mockloop.tui..", "dev.mockloop.line..")
          .should()
          .callMethod(Round.class, "on", RoundEvent.class)
          .orShould()
          .callMethod(Loop.class, "next")
          .orShould()
          .callMethod(Loop.class, "start", LoopPlan.class, AnswerScorer.class, Clock.class)
          .orShould()
          .callMethod(
              Recovery.class,
              "resume",
              Transcript.class,
              Bank.class,
              AnswerScorer.class,
              Clock.class);

  @ArchTest
  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("dev.mockloop.(**)").should().beFreeOfCycles();
}
