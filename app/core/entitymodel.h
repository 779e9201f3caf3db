// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/document.h"

#include <QAbstractListModel>
#include <QLocale>

namespace at {

// The companies and products, one row each in dataset order; names follow the UI language.
class EntityModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum EntityRole { SectorRole = Qt::UserRole + 0x100, ParentRole };

    explicit EntityModel(const Document *document, QObject *parent = nullptr);
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Document *m_document;
    QLocale m_locale;
};

} // namespace at
