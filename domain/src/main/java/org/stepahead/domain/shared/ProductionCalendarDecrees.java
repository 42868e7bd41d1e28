package org.stepahead.domain.shared;

/**
 * The decrees of the Government of the Russian Federation on moving days off ("О переносе выходных дней в YYYY году"),
 * one block per year, as data that {@link ProductionCalendar} reads. Kept as text in the source (the domain does no
 * I/O); the format and how to add a year are in docs/schedules.md.
 *
 * <pre>
 *   YYYY decree № NUMBER of YYYY-MM-DD     the decree for that year: its number and the day it was signed
 *   YYYY-MM-DD Day -&gt; YYYY-MM-DD Day       one transfer as the decree words it: "с субботы 5 января на четверг
 *                                          2 мая" is 2013-01-05 Sat -&gt; 2013-05-02 Thu
 * </pre>
 *
 * <p>The Labour Code's own rules are not listed: the holidays of art. 112 part 1 and the move of a weekend day that
 * falls on a holiday (other than 1–8 January) to the next working day (art. 112 part 2) are computed. A transfer
 * makes its second day a day off; its first day becomes a working day, unless it is a public holiday — then the
 * weekend day off that the holiday carried is the one moved, and the automatic move does not happen. Only the
 * Government's decrees are here: the non-working days the President declared (2020: 30 March–11 May, 24 June,
 * 1 July; 2021: 4–7 May, 30 October–7 November) are not part of the production calendar.
 *
 * <p>Sources: the decrees' texts and the Government's announcements of them. 2027: no decree in this table yet.
 */
final class ProductionCalendarDecrees {

    static final String TABLE = """
            2013 decree № 1048 of 2012-10-15
            2013-01-05 Sat -> 2013-05-02 Thu
            2013-01-06 Sun -> 2013-05-03 Fri
            2013-02-25 Mon -> 2013-05-10 Fri

            2014 decree № 444 of 2013-05-28
            2014-01-04 Sat -> 2014-05-02 Fri
            2014-01-05 Sun -> 2014-06-13 Fri
            2014-02-24 Mon -> 2014-11-03 Mon

            2015 decree № 860 of 2014-08-27
            2015-01-03 Sat -> 2015-01-09 Fri
            2015-01-04 Sun -> 2015-05-04 Mon

            2016 decree № 1017 of 2015-09-24
            2016-01-02 Sat -> 2016-05-03 Tue
            2016-01-03 Sun -> 2016-03-07 Mon
            2016-02-20 Sat -> 2016-02-22 Mon

            2017 decree № 756 of 2016-08-04
            2017-01-01 Sun -> 2017-02-24 Fri
            2017-01-07 Sat -> 2017-05-08 Mon

            2018 decree № 1250 of 2017-10-14
            2018-01-06 Sat -> 2018-03-09 Fri
            2018-01-07 Sun -> 2018-05-02 Wed
            2018-04-28 Sat -> 2018-04-30 Mon
            2018-06-09 Sat -> 2018-06-11 Mon
            2018-12-29 Sat -> 2018-12-31 Mon

            2019 decree № 1163 of 2018-10-01
            2019-01-05 Sat -> 2019-05-02 Thu
            2019-01-06 Sun -> 2019-05-03 Fri
            2019-02-23 Sat -> 2019-05-10 Fri

            2020 decree № 875 of 2019-07-10
            2020-01-04 Sat -> 2020-05-04 Mon
            2020-01-05 Sun -> 2020-05-05 Tue

            2021 decree № 1648 of 2020-10-10
            2021-01-02 Sat -> 2021-11-05 Fri
            2021-01-03 Sun -> 2021-12-31 Fri
            2021-02-20 Sat -> 2021-02-22 Mon

            2022 decree № 1564 of 2021-09-16
            2022-01-01 Sat -> 2022-05-03 Tue
            2022-01-02 Sun -> 2022-05-10 Tue
            2022-03-05 Sat -> 2022-03-07 Mon

            2023 decree № 1505 of 2022-08-29
            2023-01-01 Sun -> 2023-02-24 Fri
            2023-01-08 Sun -> 2023-05-08 Mon

            2024 decree № 1314 of 2023-08-10
            2024-01-06 Sat -> 2024-05-10 Fri
            2024-01-07 Sun -> 2024-12-31 Tue
            2024-04-27 Sat -> 2024-04-29 Mon
            2024-11-02 Sat -> 2024-04-30 Tue
            2024-12-28 Sat -> 2024-12-30 Mon

            2025 decree № 1335 of 2024-10-04
            2025-01-04 Sat -> 2025-05-02 Fri
            2025-01-05 Sun -> 2025-12-31 Wed
            2025-02-23 Sun -> 2025-05-08 Thu
            2025-03-08 Sat -> 2025-06-13 Fri
            2025-11-01 Sat -> 2025-11-03 Mon

            2026 decree № 1466 of 2025-09-24
            2026-01-03 Sat -> 2026-01-09 Fri
            2026-01-04 Sun -> 2026-12-31 Thu
            """;

    private ProductionCalendarDecrees() {}
}
