"""The guarded regex of a route says that some rule matches exactly where one of the route's rules does."""

from __future__ import annotations

from dateline.stages.times.grammar import load_grammar

_TEXT = (
    "The week before, the first week of May 1999, the 1990s and the year 2000 came up. The following "
    "summer, the same period a year earlier, the past two weeks and the weekend passed; the Sunday "
    "Times said the theatre's weather was the worst in the three decades. Then the day after tomorrow, "
    "the end of the year, the second quarter, the fiscal year ended June 30 and the morning of 4 July.\n"
    "THE   NEXT\tMONTH, the latter half of 2001, the year-earlier period and the day before yesterday."
)


def test_guarded_routes_say_what_their_rules_say() -> None:
    grammar = load_grammar()
    guarded = [route for route in grammar.routes.values() if route.any_rule.pattern.startswith("(?=")]
    assert guarded, "the route of 'the' has a guard"
    checked = 0
    for place in grammar.starts.finditer(_TEXT):
        route = grammar.route(_TEXT, place.start())
        if route is None or route not in guarded:
            continue
        some_rule = any(rule.regex.match(_TEXT, place.start()) for rule in route.rules)
        assert (route.any_rule.match(_TEXT, place.start()) is not None) == some_rule, _TEXT[place.start() :][:30]
        checked += some_rule
    assert checked >= 15
