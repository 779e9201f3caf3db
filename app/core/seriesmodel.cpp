// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/seriesmodel.h"

#include "app/core/displaytext.h"
#include "app/core/numberformat.h"
#include "app/core/roles.h"

namespace at {

// Top-level rows have internalId 0; a point's index carries its series index + 1.
SeriesModel::SeriesModel(const Document *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(document, &Document::aboutToReplace, this, &SeriesModel::beginResetModel);
    connect(document, &Document::replaced, this, &SeriesModel::endResetModel);
}

void SeriesModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

QModelIndex SeriesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SeriesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SeriesModel::rowCount(const QModelIndex &parent) const
{
    const Dataset &d = m_document->dataset();
    if (!parent.isValid())
        return int(d.series.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(d.series[parent.row()].pointCount);
}

int SeriesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SeriesModel::seriesName(const Dataset &d, const Series &s, const QLocale &locale)
{
    return d.entities[s.entity].name(locale) + QStringLiteral(" — ") + displayName(s.metric);
}

QString SeriesModel::valueText(const SeriesPoint &p, Unit unit, const QLocale &locale)
{
    const QString value = formatValue(p.value, int(unit), locale);
    switch (p.qualifier) {
    case Qualifier::Exact:
        return value;
    case Qualifier::AtLeast:
        return tr("at least %1").arg(value);
    case Qualifier::Over:
        return tr("more than %1").arg(value);
    case Qualifier::Approximately:
        return tr("about %1").arg(value);
    case Qualifier::Approaching:
        return tr("approaching %1").arg(value);
    }
    return value;
}

QVariant SeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Dataset &d = m_document->dataset();
    if (index.internalId() == 0) {
        const Series &s = d.series[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            if (index.column() == NameColumn || role == TitleRole)
                return seriesName(d, s, m_locale);
            return {};
        case RawRole:
            return index.column() == NameColumn ? QVariant(seriesName(d, s, m_locale)) : QVariant();
        case IdRole:
            return s.id;
        case IndexRole:
            return index.row();
        case EntitiesRole:
            return QVariant::fromValue(QList<int>{s.entity});
        }
        return {};
    }
    const Series &s = d.series[int(index.internalId() - 1)];
    const SeriesPoint &p = d.pointsOf(s)[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return seriesName(d, s, m_locale);
        case DateColumn:
            return p.date.toDisplayString(m_locale);
        case ValueColumn:
            return valueText(p, s.unit, m_locale);
        case QualifierColumn:
            return displayName(p.qualifier);
        case SourceColumn:
            return displayCitations(d, d.citationsOf(p), m_locale);
        }
        return {};
    case RawRole:
        switch (index.column()) {
        case NameColumn:
            return seriesName(d, s, m_locale);
        case DateColumn:
            return p.date.middle();
        case ValueColumn:
            return p.value;
        case QualifierColumn:
            return int(p.qualifier);
        case SourceColumn:
            return int(p.source) * 65536 + p.paragraph;
        }
        return {};
    case Qt::ToolTipRole:
    case DescriptionRole:
        return displayText(d, p.claim, m_locale);
    case IdRole:
        return s.id;
    case IndexRole:
        return index.row();
    case TimeRole:
        return p.date.middle();
    case EntitiesRole:
        return QVariant::fromValue(QList<int>{s.entity});
    case SourceRole:
        return int(p.source);
    case ParagraphRole:
        return int(p.paragraph);
    case CitationRole:
        return displayCitations(d, d.citationsOf(p), m_locale);
    }
    return {};
}

QVariant SeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Series");
    case DateColumn:
        return tr("Date");
    case ValueColumn:
        return tr("Value");
    case QualifierColumn:
        return tr("Qualifier");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace at
