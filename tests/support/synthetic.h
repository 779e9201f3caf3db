// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QIODevice;

namespace at {

// What the synthetic dataset generator makes. The shares follow the embedded dataset and what news about
// platform alliances looks like: most events name one company, a third name several; a few are ranges;
// a fifth are not (yet) fact. The same spec (seed included) gives the same dataset, byte for byte.
struct SyntheticSpec {
    quint64 seed = 20101111;
    int events = 1000;
    int lanes = 50; // entities
    int startYear = 2000;
    int years = 20;
    double rangedShare = 0.15;     // events with an end date
    double multiPartyShare = 0.35; // events with two to five parties
    double tentativeShare = 0.22;  // announced, rumoured or unconfirmed
    double burstShare = 0.3;       // events that crowd around a few busy news days
    int series = 10;
    int pointsPerSeries = 100;
    int quotes = 100;
    // Every event also has its title and summary in Chinese, which makes the files format version 2 (in
    // CSV only events.csv, which says so by its _zh columns) and puts the second language in the store's
    // side table, so that benchmarks measure what a bilingual dataset costs.
    bool chinese = false;
};

// Builds the store in memory directly (already finished: sorted, ids indexed). Fast enough for millions of
// events; no JSON on the way.
std::shared_ptr<Dataset> makeSyntheticDataset(const SyntheticSpec &spec);

// Writes the same dataset in the project's JSON format (resources/README.md), streamed so that a million
// events never sit in memory twice. Returns false and sets `error` when the device fails or the spec cannot
// be written as a valid file (series points past the year 2100).
bool writeSyntheticDatasetJson(const SyntheticSpec &spec, QIODevice *device, QString *error = nullptr);
QByteArray syntheticDatasetJson(const SyntheticSpec &spec);

// The same dataset as the CSV tables analysts import (resources/csv/README.md), one device per table;
// a null device skips its table. Streamed like the JSON. There is no CSV table for markets; the generator
// makes none.
struct SyntheticCsvDevices {
    QIODevice *sources = nullptr;
    QIODevice *entities = nullptr;
    QIODevice *events = nullptr;
    QIODevice *series = nullptr;
    QIODevice *quotes = nullptr;
};
bool writeSyntheticDatasetCsv(const SyntheticSpec &spec, const SyntheticCsvDevices &devices,
                              QString *error = nullptr);
// Writes sources.csv, entities.csv, events.csv, series.csv and quotes.csv into `directory` (made if
// missing), each through an AtomicFile (all five are written before the first is put in place).
bool writeSyntheticDatasetCsvFiles(const SyntheticSpec &spec, const QString &directory,
                                   QString *error = nullptr);
// The five tables in memory, for tests.
struct SyntheticCsv {
    QByteArray sources, entities, events, series, quotes;
};
SyntheticCsv syntheticDatasetCsv(const SyntheticSpec &spec);

} // namespace at
