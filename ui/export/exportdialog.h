// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotationchoice.h"
#include "ui/export/exportsource.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace at {

// Asks what to export: size (the view's, 1920x1080, 3840x2160 or custom), high-DPI scale, title, legend,
// footnote, the annotations it carries, the time range for views that have one, and the file. Copy to
// Clipboard is offered too.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString &viewTitle, const QSize &viewSize, bool hasTimeRange, double visibleFrom,
                 double visibleTo, QWidget *parent = nullptr);

    ExportRequest request() const;
    QString path() const;
    bool copyToClipboard() const { return m_copy; }
    // Whether the picture should show the time cursor (off: a picture is not a screenshot).
    bool drawCursor() const;

    void setPath(const QString &path);
    // Where a picture goes unless the user says otherwise: the pictures folder if it exists, else home.
    static QString defaultFolder();
    // The title drawn on the picture (at first the view's name); the user can change it.
    void setPictureTitle(const QString &title);
    // Which annotations the picture carries: all (the default), none, or those of one of `tags` or one of
    // `authors` (the workspace's).
    void setAnnotationChoices(const QStringList &tags, const QStringList &authors);
    AnnotationChoice annotationChoice() const;
    void setAnnotationChoice(const AnnotationChoice &choice);

private:
    void chooseFile();
    void updateCustomSize();

    QSize m_viewSize;
    bool m_hasTimeRange;
    bool m_copy = false;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_footnote = nullptr;
    QCheckBox *m_cursor = nullptr;
    QComboBox *m_annotations = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace at
