// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/document.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace at {

// The user-count series as a tree: one top-level row per series ("QQ — active accounts"), its reported
// points as children in date order. Metrics are never merged: each series is one entity and one metric.
class SeriesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DateColumn, ValueColumn, QualifierColumn, SourceColumn, ColumnCount };

    explicit SeriesModel(const Document *document, QObject *parent = nullptr);
    void setLocale(const QLocale &locale);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString seriesName(const Dataset &d, const Series &s, const QLocale &locale);
    // "more than 600 million", "超过6亿"; with the qualifier, in the locale's number words.
    static QString valueText(const SeriesPoint &p, Unit unit, const QLocale &locale);

private:
    const Document *m_document;
    QLocale m_locale;
};

} // namespace at
