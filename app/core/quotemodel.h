// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/document.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace at {

// What people were quoted as saying, one row per quote, in date order.
class QuoteModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, SpeakerColumn, TextColumn, SourceColumn, ColumnCount };
    enum QuoteRole {
        SpeakerRole = 0x0200 + Qt::UserRole,
        RoleRole,
        OrganisationRole,
        ParaphraseRole,
        EventsRole
    };

    explicit QuoteModel(const Document *document, QObject *parent = nullptr);
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // “…” — Name, role, organisation (publisher, date): the form an analyst pastes into a report.
    // `source`: the article to name (one the quote cites); -1, its primary one.
    static QString citationText(const Dataset &d, const Quote &q, const QLocale &locale, int source = -1);

private:
    const Document *m_document;
    QLocale m_locale;
};

} // namespace at
