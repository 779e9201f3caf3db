// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

#include <QSortFilterProxyModel>
#include <functional>
#include <optional>

namespace at {

class AnnotationModel;

// Filters an AnnotationModel by tag, author, importance and text (each empty means any), and optionally by
// target (the editor's list for one event), and sorts on RawRole.
class AnnotationFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AnnotationFilterProxy(QObject *parent = nullptr);

    // The source must be an AnnotationModel.
    void setSourceModel(QAbstractItemModel *model) override;

    void setTag(const QString &tag);       // exact, case-insensitive
    void setAuthor(const QString &author); // exact
    void setImportance(std::optional<Importance> importance);
    // Every word must appear (case-insensitively) in the text, the tags, the author or the target's title.
    void setText(const QString &text);
    void setTarget(std::optional<AnnotationTarget> target);
    // Which targets the view's filter keeps (the window's filter bar); the others' annotations are hidden.
    // Empty: every target.
    using TargetFilter = std::function<bool(const AnnotationTarget &)>;
    void setTargetFilter(TargetFilter keeps);

    QString tag() const { return m_tag; }
    QString author() const { return m_author; }
    std::optional<Importance> importance() const { return m_importance; }
    QString text() const { return m_text; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    AnnotationModel *m_model = nullptr;
    QString m_tag;
    QString m_author;
    std::optional<Importance> m_importance;
    QString m_text;
    QStringList m_words;
    std::optional<AnnotationTarget> m_target;
    TargetFilter m_keeps;
};

} // namespace at
