// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Writes a synthetic dataset in the project's formats, for benchmarks and for trying the app on
// big data. The same options (seed included) always write the same bytes.
//
//   gen_dataset --events N --lanes M --years Y --series K --points P --seed S [--quotes Q]
//               [--start-year YEAR] [--json FILE] [--csv-dir DIR]
//
// --json writes one JSON dataset (resources/README.md); --csv-dir writes sources.csv, entities.csv,
// events.csv, series.csv and quotes.csv (resources/csv/README.md). Problems go to standard error, one per
// line, and the exit status is 1.
#include "app/core/atomicfile.h"
#include "tests/support/synthetic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "gen_dataset: error: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const at::SyntheticSpec defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a synthetic Alliance Timeline dataset as JSON and/or CSV."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"events"_s, u"Number of events."_s, u"N"_s, QString::number(defaults.events)},
        {u"lanes"_s, u"Number of entities (timeline lanes)."_s, u"M"_s, QString::number(defaults.lanes)},
        {u"years"_s, u"Span of the events in years."_s, u"Y"_s, QString::number(defaults.years)},
        {u"start-year"_s, u"First year of the span."_s, u"YEAR"_s, QString::number(defaults.startYear)},
        {u"series"_s, u"Number of user-count series."_s, u"K"_s, QString::number(defaults.series)},
        {u"points"_s, u"Points per series."_s, u"P"_s, QString::number(defaults.pointsPerSeries)},
        {u"quotes"_s, u"Number of quotes."_s, u"Q"_s, QString::number(defaults.quotes)},
        {u"seed"_s, u"Seed of the generator."_s, u"S"_s, QString::number(defaults.seed)},
        {u"json"_s, u"Write the dataset as JSON to FILE."_s, u"FILE"_s},
        {u"csv-dir"_s, u"Write the dataset as CSV tables into DIR."_s, u"DIR"_s},
    });
    parser.process(app);

    at::SyntheticSpec spec;
    struct IntOption {
        const char *name;
        int *target;
        int min;
        int max;
    };
    const IntOption ints[] = {
        {"events", &spec.events, 0, std::numeric_limits<int>::max()},
        {"lanes", &spec.lanes, 1, 65535},
        {"years", &spec.years, 1, 200},
        {"start-year", &spec.startYear, 1900, 2099},
        {"series", &spec.series, 0, 1000000},
        {"points", &spec.pointsPerSeries, 0, std::numeric_limits<int>::max()},
        {"quotes", &spec.quotes, 0, 10000000},
    };
    for (const IntOption &o : ints) {
        const QString name = QString::fromLatin1(o.name);
        bool ok = false;
        const qlonglong v = parser.value(name).toLongLong(&ok);
        if (!ok || v < o.min || v > o.max)
            return fail(u"--%1: \"%2\" is not a whole number from %3 to %4"_s.arg(name, parser.value(name))
                            .arg(o.min)
                            .arg(o.max));
        *o.target = int(v);
    }
    if (spec.startYear + spec.years > 2101)
        return fail(u"--start-year %1 with --years %2 reaches past 2100, the last year the format allows"_s
                        .arg(spec.startYear)
                        .arg(spec.years));
    bool seedOk = false;
    spec.seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        return fail(u"--seed: \"%1\" is not a whole number"_s.arg(parser.value(u"seed"_s)));
    const QString json = parser.value(u"json"_s);
    const QString csvDir = parser.value(u"csv-dir"_s);
    if (json.isEmpty() && csvDir.isEmpty())
        return fail(u"nothing to write: give --json FILE and/or --csv-dir DIR"_s);

    QElapsedTimer timer;
    if (!json.isEmpty()) {
        timer.start();
        const auto written =
            at::writeFileAtomically(json, [&](QIODevice &out) -> at::Expected<void, at::FileError> {
                QString error;
                if (!at::writeSyntheticDatasetJson(spec, &out, &error))
                    return at::Unexpected(at::FileError{{}, error});
                return {};
            });
        if (!written)
            return fail(written.error().toString());
        std::printf("wrote %s: %lld bytes in %.0f ms\n", qPrintable(json), QFileInfo(json).size(),
                    double(timer.nsecsElapsed()) / 1e6);
    }
    if (!csvDir.isEmpty()) {
        timer.start();
        QString error;
        if (!at::writeSyntheticDatasetCsvFiles(spec, csvDir, &error))
            return fail(u"%1: %2"_s.arg(csvDir, error));
        std::printf("wrote %s/{sources,entities,events,series,quotes}.csv in %.0f ms\n", qPrintable(csvDir),
                    double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("%d events over %d lanes from %d for %d years, %d series x %d points, %d quotes, seed %llu\n",
                spec.events, spec.lanes, spec.startYear, spec.years, spec.series, spec.pointsPerSeries,
                spec.quotes, static_cast<unsigned long long>(spec.seed));
    return 0;
}
