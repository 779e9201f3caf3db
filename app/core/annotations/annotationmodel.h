// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace at {

class AnnotationStore;
class Document;

// The saved annotations of the workspace, one row each, in order of creation. An adapter over the store's
// list that follows its signals; targets are shown through the Document's current dataset (by id, so a
// reloaded dataset shows the same annotations on the same events).
class AnnotationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TargetColumn,
        DateColumn,
        TextColumn,
        TagsColumn,
        ImportanceColumn,
        AuthorColumn,
        EditedColumn,
        ColumnCount
    };
    // Besides roles.h (IdRole: the uuid, RawRole, TimeRole: target time, TitleRole: target title,
    // DescriptionRole: the whole text).
    enum AnnotationRole { TagsRole = Qt::UserRole + 0x300, AuthorRole, ImportanceRole, TextRole };

    AnnotationModel(const AnnotationStore *store, const Document *document, QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    const AnnotationStore *store() const { return m_store; }
    // The annotation behind a row (nullptr for an invalid row).
    const Annotation *annotation(int row) const;
    // The row of an annotation id, or an invalid index.
    QModelIndex indexOf(const QString &id, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Sina and MSN China form…" or, when the loaded dataset has no such event, "(not in this dataset)
    // event-id". Plain text.
    QString targetText(const Annotation &a) const;
    QString dateText(const Annotation &a) const;

private:
    void refreshAll();

    const AnnotationStore *m_store;
    const Document *m_document;
    QLocale m_locale;
};

} // namespace at
