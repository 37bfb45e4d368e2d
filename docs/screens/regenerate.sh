#!/bin/sh
# Regenerates the captured screens in this folder (tmux capture-pane text) by running the
# end-to-end test that drives them: home, round (reading page, answering, F2 over the answer),
# results (a repeated scenario: "Last time -> now"), review list and session, drill plan, at
# 80x24 and 60x18. Needs tmux and Maven; takes a few minutes.
set -e
cd "$(dirname "$0")/../.."
mvn -B -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FrictionE2E \
  -Dmockloop.screens="$(pwd)/docs/screens"
