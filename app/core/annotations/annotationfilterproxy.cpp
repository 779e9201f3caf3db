// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationfilterproxy.h"

#include "app/core/annotations/annotationmodel.h"
#include "app/core/roles.h"

namespace at {

AnnotationFilterProxy::AnnotationFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AnnotationFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<AnnotationModel *>(model);
    Q_ASSERT_X(m_model || !model, "AnnotationFilterProxy", "the source must be an AnnotationModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void AnnotationFilterProxy::changed()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void AnnotationFilterProxy::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    changed();
}

void AnnotationFilterProxy::setAuthor(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    changed();
}

void AnnotationFilterProxy::setImportance(std::optional<Importance> importance)
{
    if (importance == m_importance)
        return;
    m_importance = importance;
    changed();
}

void AnnotationFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    changed();
}

void AnnotationFilterProxy::setTarget(std::optional<AnnotationTarget> target)
{
    if (target == m_target)
        return;
    m_target = std::move(target);
    changed();
}

void AnnotationFilterProxy::setTargetFilter(TargetFilter keeps)
{
    m_keeps = std::move(keeps);
    changed();
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    const Annotation *a = m_model->annotation(sourceRow);
    if (!a)
        return false;
    if (m_target && a->target != *m_target)
        return false;
    if (m_keeps && !m_keeps(a->target))
        return false;
    if (!m_tag.isEmpty() && !a->tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_author.isEmpty() && a->author != m_author)
        return false;
    if (m_importance && a->importance != *m_importance)
        return false;
    if (!m_words.isEmpty()) {
        const QString haystack =
            a->text + u'\n' + a->tags.join(u'\n') + u'\n' + a->author + u'\n' + m_model->targetText(*a);
        for (const QString &word : m_words)
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
    }
    return true;
}

} // namespace at
