// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QLocale>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace at {

class Document;
class ViewState;

// The selected event in full: title, dates with their precision and how they were derived, kind, status,
// parties, summary and the source it rests on. Below them sits the annotation editor once one is set.
// The text comes from EventDescription; every data-derived label is plain text.
class EventDetailsPanel : public QWidget {
    Q_OBJECT
public:
    EventDetailsPanel(const Document *document, ViewState *state, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    // The annotations' editor for the shown event; the panel takes ownership and shows it under the details.
    void setAnnotationEditor(QWidget *editor);
    QWidget *annotationEditor() const { return m_editor; }

    // The event shown, or -1 (for tests and for the window's Copy).
    int eventIndex() const { return m_event; }
    // The text of a field's value label, by field name ("title", "date", "precision", "dateNote", "kind",
    // "status", "parties", "summary", "source", "sourceDetails", "quotes").
    QString fieldText(const QString &field) const;

private:
    void refresh();
    QLabel *addField(const QString &name, const QString &label);

    const Document *m_document;
    ViewState *m_state;
    QLocale m_locale;
    int m_event = -1;

    QScrollArea *m_scroll = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QVBoxLayout *m_editorSlot = nullptr;
    QWidget *m_editor = nullptr;
    QList<QLabel *> m_values;
};

} // namespace at
