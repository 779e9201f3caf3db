// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/document.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace at {

// The events of the Document, one row each, in time order. An adapter over Dataset::events: it keeps
// no copy, so a million events cost nothing here.
class EventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TitleColumn,
        KindColumn,
        StatusColumn,
        PartiesColumn,
        SourceColumn,
        ColumnCount
    };

    explicit EventModel(const Document *document, QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Display strings shared with other views (tooltips, details, accessibility).
    static QString dateText(const Event &e, const QLocale &locale);
    static QString partiesText(const Dataset &d, const Event &e, const QLocale &locale);

private:
    const Document *m_document;
    QLocale m_locale;
};

} // namespace at
