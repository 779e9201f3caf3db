// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationmodel.h"

#include "app/core/annotations/annotationstore.h"
#include "app/core/document.h"
#include "app/core/fuzzydate.h"
#include "app/core/roles.h"

namespace at {

AnnotationModel::AnnotationModel(const AnnotationStore *store, const Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_document(document)
{
    connect(store, &AnnotationStore::aboutToInsert, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(store, &AnnotationStore::inserted, this, [this](int) { endInsertRows(); });
    connect(store, &AnnotationStore::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(store, &AnnotationStore::removed, this, [this](int) { endRemoveRows(); });
    connect(store, &AnnotationStore::changed, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(store, &AnnotationStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &AnnotationStore::reset, this, [this] { endResetModel(); });
    if (m_document)
        connect(m_document, &Document::replaced, this, &AnnotationModel::refreshAll);
}

void AnnotationModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    refreshAll();
}

void AnnotationModel::refreshAll()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Annotation *AnnotationModel::annotation(int row) const
{
    return row >= 0 && row < m_store->count() ? &m_store->annotations()[row] : nullptr;
}

QModelIndex AnnotationModel::indexOf(const QString &id, int column) const
{
    const int row = m_store->indexOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->count();
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationModel::targetText(const Annotation &a) const
{
    if (m_document) {
        const QString title = targetTitle(m_document->dataset(), a.target, m_locale);
        if (!title.isEmpty())
            return title;
    }
    return tr("(not in this dataset) %1").arg(targetIdText(a.target));
}

QString AnnotationModel::dateText(const Annotation &a) const
{
    if (a.target.isRange())
        return rangeDisplayText(a.target, m_locale);
    const QString iso = m_document ? targetDateIso(m_document->dataset(), a.target) : QString();
    const std::optional<FuzzyDate> date = FuzzyDate::parse(iso);
    return date ? date->toDisplayString(m_locale) : QString();
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    const Annotation *a = index.isValid() ? annotation(index.row()) : nullptr;
    if (!a || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TargetColumn:
            return targetText(*a);
        case DateColumn:
            return dateText(*a);
        case TextColumn:
            return a->text.simplified(); // one line in a table; the editor shows the rest
        case TagsColumn:
            return a->tags.join(QStringLiteral(", "));
        case ImportanceColumn:
            return importanceDisplayName(a->importance);
        case AuthorColumn:
            return a->author;
        case EditedColumn:
            return dateTimeDisplayString(a->edited, m_locale);
        }
        return {};
    case Qt::ToolTipRole:
        // Tooltips guess rich text: give them escaped HTML so that the text is shown, never interpreted.
        if (column == TextColumn || column == TargetColumn) {
            const QString text = column == TextColumn ? a->text : targetText(*a);
            return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
        }
        return {};
    case RawRole:
        switch (column) {
        case TargetColumn:
            return targetText(*a);
        case DateColumn:
            return m_document ? targetTime(m_document->dataset(), a->target) : 0.0;
        case TextColumn:
            return a->text;
        case TagsColumn:
            return a->tags.join(QStringLiteral(", "));
        case ImportanceColumn:
            return int(a->importance);
        case AuthorColumn:
            return a->author;
        case EditedColumn:
            return a->edited.toMSecsSinceEpoch();
        }
        return {};
    case IdRole:
        return a->id;
    case TimeRole:
        return m_document ? targetTime(m_document->dataset(), a->target) : 0.0;
    case TitleRole:
        return targetText(*a);
    case DescriptionRole:
    case TextRole:
        return a->text;
    case TagsRole:
        return a->tags;
    case AuthorRole:
        return a->author;
    case ImportanceRole:
        return int(a->importance);
    default:
        return {};
    }
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Event or data point");
    case DateColumn:
        return tr("Date");
    case TextColumn:
        return tr("Annotation");
    case TagsColumn:
        return tr("Tags");
    case ImportanceColumn:
        return tr("Importance");
    case AuthorColumn:
        return tr("Author");
    case EditedColumn:
        return tr("Edited");
    }
    return {};
}

} // namespace at
