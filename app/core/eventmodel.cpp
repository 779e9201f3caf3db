// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/eventmodel.h"

#include "app/core/displaytext.h"
#include "app/core/roles.h"

namespace at {

EventModel::EventModel(const Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::aboutToReplace, this, &EventModel::beginResetModel);
    connect(document, &Document::replaced, this, &EventModel::endResetModel);
}

void EventModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->dataset().events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventModel::dateText(const Event &e, const QLocale &locale)
{
    QString text = e.start.toDisplayString(locale);
    if (e.isRanged())
        text += QStringLiteral(" – ") + e.end.toDisplayString(locale);
    return text;
}

QString EventModel::partiesText(const Dataset &d, const Event &e, const QLocale &locale)
{
    QStringList names;
    for (quint16 p : d.partiesOf(e))
        names << d.entities[p].name(locale);
    return names.join(locale.language() == QLocale::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dataset &d = m_document->dataset();
    const Event &e = d.events[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return dateText(e, m_locale);
        case TitleColumn:
            return displayText(d, e.title, m_locale);
        case KindColumn:
            return displayName(e.kind);
        case StatusColumn:
            return displayName(e.status);
        case PartiesColumn:
            return partiesText(d, e, m_locale);
        case SourceColumn:
            return displayCitations(d, d.citationsOf(e), m_locale);
        }
        return {};
    case Qt::ToolTipRole:
    case DescriptionRole:
        return displayText(d, e.summary, m_locale);
    case RawRole:
        switch (index.column()) {
        case DateColumn:
            return e.time();
        case TitleColumn:
            return d.string(e.title);
        case KindColumn:
            return int(e.kind);
        case StatusColumn:
            return int(e.status);
        case PartiesColumn:
            return partiesText(d, e, m_locale);
        case SourceColumn:
            return int(e.source) * 65536 + e.paragraph;
        }
        return {};
    case IdRole:
        return d.string(e.id);
    case IndexRole:
        return index.row();
    case TitleRole:
        return displayText(d, e.title, m_locale);
    case TimeRole:
        return e.time();
    case KindRole:
        return int(e.kind);
    case StatusRole:
        return int(e.status);
    case EntitiesRole: {
        QList<int> parties;
        for (quint16 p : d.partiesOf(e))
            parties << int(p);
        return QVariant::fromValue(parties);
    }
    case SourceRole:
        return int(e.source);
    case ParagraphRole:
        return int(e.paragraph);
    case CitationRole:
        return displayCitations(d, d.citationsOf(e), m_locale);
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Event");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case PartiesColumn:
        return tr("Parties");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace at
