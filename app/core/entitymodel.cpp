// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/entitymodel.h"

#include "app/core/displaytext.h"
#include "app/core/roles.h"

namespace at {

EntityModel::EntityModel(const Document *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(document, &Document::aboutToReplace, this, &EntityModel::beginResetModel);
    connect(document, &Document::replaced, this, &EntityModel::endResetModel);
}

void EntityModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->dataset().entities.size());
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entity &e = m_document->dataset().entities[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.name(m_locale);
    case Qt::ToolTipRole:
        return e.note.isEmpty()
                   ? displayName(e.sector)
                   : displayName(e.sector) + QStringLiteral("\n") + displayText(e.note, m_locale);
    case RawRole:
        return e.nameEn;
    case IdRole:
        return e.id;
    case IndexRole:
        return index.row();
    case SectorRole:
        return int(e.sector);
    case ParentRole:
        return e.parent;
    }
    return {};
}

} // namespace at
