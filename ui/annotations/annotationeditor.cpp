// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/annotations/annotationeditor.h"

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationfilterproxy.h"
#include "app/core/annotations/annotationmodel.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/document.h"
#include "app/core/roles.h"
#include "app/core/viewstate.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace at {

namespace {
constexpr int autosaveDelayMs = 800;
}

AnnotationEditor::AnnotationEditor(AnnotationEdits *edits, const Document *document, QWidget *parent)
    : QWidget(parent), m_edits(edits), m_document(document)
{
    setObjectName(QStringLiteral("annotationEditor"));
    AnnotationStore *store = edits->store();
    m_model = new AnnotationModel(store, document, this);
    m_proxy = new AnnotationFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setTarget(AnnotationTarget{}); // matches nothing until a target is set
    m_proxy->sort(AnnotationModel::EditedColumn, Qt::AscendingOrder);

    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_new = new QPushButton(tr("New Annotation"), this);
    m_new->setObjectName(QStringLiteral("newAnnotation"));
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_list->setModel(m_proxy);
    m_list->setModelColumn(AnnotationModel::TextColumn);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(110);
    m_list->setUniformItemSizes(true);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("annotationText"));
    m_text->setPlaceholderText(tr("Write an annotation…"));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("annotationTags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_importance = new QComboBox(this);
    m_importance->setObjectName(QStringLiteral("annotationImportance"));
    for (Importance i : {Importance::Low, Importance::Normal, Importance::High})
        m_importance->addItem(importanceDisplayName(i), int(i));
    m_meta = new QLabel(this);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("retrySave"));
    m_retry->hide();
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardEdit"));
    m_discard->hide();
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteAnnotation"));
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);

    auto *head = new QHBoxLayout;
    head->addWidget(m_header, 1);
    head->addWidget(m_new);
    auto *form = new QFormLayout;
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Tags:"), m_tags);
    addRow(tr("&Importance:"), m_importance);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_list);
    layout->addWidget(m_text, 1);
    layout->addLayout(form);
    layout->addWidget(m_meta);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &AnnotationEditor::startNew);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { edit(index.data(IdRole).toString()); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirtyText = true;
        markDirty();
        m_autosave->start();
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (m_loading)
            return;
        const Annotation *a = m_edits->store()->find(m_currentId);
        const QStringList saved = a ? a->tags : (m_draft ? m_draft->tags : QStringList());
        if (splitTags(m_tags->text()) == saved)
            return;
        m_dirtyTags = true;
        markDirty();
        commitPending();
    });
    connect(m_importance, &QComboBox::activated, this, [this] {
        if (m_loading)
            return;
        m_dirtyImportance = true;
        markDirty();
        commitPending();
    });
    connect(m_autosave, &QTimer::timeout, this, &AnnotationEditor::commitPending);
    connect(m_retry, &QPushButton::clicked, this, [this] { m_conflict ? keepMine() : commitPending(); });
    connect(m_discard, &QPushButton::clicked, this, &AnnotationEditor::discardPending);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_draft) {
            discardPending();
            return;
        }
        if (auto removed = m_edits->remove(m_currentId); !removed)
            showFailure(removed.error());
    });
    connect(store, &AnnotationStore::contentsChanged, this, &AnnotationEditor::storeChanged);
    if (m_document)
        connect(m_document, &Document::replaced, this, &AnnotationEditor::updateHeader);
    updateEnabled();
    updateHeader();
}

void AnnotationEditor::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_model->setLocale(locale);
    updateHeader();
}

bool AnnotationEditor::setTarget(const std::optional<AnnotationTarget> &target)
{
    if (target == m_target)
        return true;
    if (hasUnsavedChanges() && !commitPending())
        return false;
    m_target = target;
    m_proxy->setTarget(target.value_or(AnnotationTarget{}));
    m_currentId.clear();
    m_draft.reset();
    m_dirtyText = m_dirtyTags = m_dirtyImportance = false;
    m_status->clear();
    if (m_target && m_proxy->rowCount() > 0)
        edit(m_proxy->index(m_proxy->rowCount() - 1, 0).data(IdRole).toString());
    else if (m_target)
        startNew();
    else
        loadFields(Annotation{});
    updateEnabled();
    updateHeader();
    return true;
}

bool AnnotationEditor::showSelection(Selection selection)
{
    return setTarget(m_document ? targetOf(m_document->dataset(), selection) : std::nullopt);
}

void AnnotationEditor::followSelection(ViewState *state)
{
    connect(state, &ViewState::selectionChanged, this, &AnnotationEditor::showSelection);
    showSelection(state->selection());
}

void AnnotationEditor::startNew()
{
    if (!m_target || (hasUnsavedChanges() && !commitPending()))
        return;
    m_draft = m_edits->draft(*m_target);
    m_currentId.clear();
    m_dirtyText = m_dirtyTags = m_dirtyImportance = false;
    loadFields(*m_draft);
    m_list->clearSelection();
    m_status->clear();
    updateEnabled();
}

void AnnotationEditor::edit(const QString &id)
{
    const Annotation *a = m_edits->store()->find(id);
    if (!a || (id != m_currentId && hasUnsavedChanges() && !commitPending()))
        return;
    a = m_edits->store()->find(id); // the commit may have changed the list
    if (!a)
        return;
    m_currentId = id;
    m_draft.reset();
    m_dirtyText = m_dirtyTags = m_dirtyImportance = false;
    loadFields(*a);
    selectInList(id);
    updateEnabled();
}

bool AnnotationEditor::hasUnsavedChanges() const
{
    if (m_draft) // an empty new annotation is nothing to save
        return !m_text->toPlainText().trimmed().isEmpty() || !splitTags(m_tags->text()).isEmpty();
    return m_dirtyText || m_dirtyTags || m_dirtyImportance;
}

bool AnnotationEditor::commitPending()
{
    m_autosave->stop();
    if (!hasUnsavedChanges())
        return true;
    // Neither an autosave nor leaving the annotation decides a conflict; the user does.
    if (m_conflict)
        return false;
    return save();
}

bool AnnotationEditor::keepMine()
{
    if (!m_conflict)
        return commitPending();
    m_conflict = false;
    // The new edit expects the colleague's version, which the store shows now.
    if (const Annotation *theirs = m_edits->store()->find(m_currentId))
        m_base = theirs->edited;
    return save();
}

bool AnnotationEditor::save()
{
    Expected<void, StoreError> e;
    const Importance importance = Importance(m_importance->currentData().toInt());
    if (m_draft) {
        Annotation a = *m_draft;
        a.text = m_text->toPlainText();
        a.tags = splitTags(m_tags->text());
        a.importance = importance;
        e = m_edits->add(a);
        if (e) {
            m_currentId = a.id;
            m_draft.reset();
            m_dirtyText = m_dirtyTags = m_dirtyImportance = false;
            if (const Annotation *saved = m_edits->store()->find(a.id))
                loadFields(*saved); // author and times as saved
            selectInList(a.id);
            updateEnabled();
        }
    } else if (!m_currentId.isEmpty()) {
        // Each write expects what the one before it saved.
        const auto advance = [this] {
            if (const Annotation *saved = m_edits->store()->find(m_currentId))
                m_base = saved->edited;
        };
        if (m_dirtyText) {
            e = m_edits->setText(m_currentId, m_text->toPlainText(), m_base);
            m_dirtyText = !e;
            if (e)
                advance();
        }
        if (e && m_dirtyTags) {
            e = m_edits->setTags(m_currentId, splitTags(m_tags->text()), m_base);
            m_dirtyTags = !e;
            if (e)
                advance();
        }
        if (e && m_dirtyImportance) {
            e = m_edits->setImportance(m_currentId, importance, m_base);
            m_dirtyImportance = !e;
        }
        if (e)
            if (const Annotation *saved = m_edits->store()->find(m_currentId))
                loadFields(*saved);
    }
    if (!e) {
        showFailure(e.error());
        return false;
    }
    showSaved();
    return true;
}

void AnnotationEditor::discardPending()
{
    m_autosave->stop();
    m_conflict = false;
    m_dirtyText = m_dirtyTags = m_dirtyImportance = false;
    m_status->clear();
    m_retry->hide();
    m_discard->hide();
    const QString id = m_currentId;
    m_draft.reset();
    if (const Annotation *a = m_edits->store()->find(id)) {
        loadFields(*a);
    } else {
        m_currentId.clear();
        startNew();
    }
    Q_EMIT unsavedChangesChanged(false);
    updateEnabled();
}

QString AnnotationEditor::statusText() const
{
    return m_status->text();
}

bool AnnotationEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut && hasUnsavedChanges())
        commitPending();
    return QWidget::eventFilter(watched, event);
}

void AnnotationEditor::loadFields(const Annotation &a)
{
    if (!dirty())
        m_base = a.edited;
    m_loading = true;
    if (!m_dirtyText && m_text->toPlainText() != a.text)
        m_text->setPlainText(a.text);
    if (!m_dirtyTags)
        m_tags->setText(a.tags.join(QStringLiteral(", ")));
    if (!m_dirtyImportance)
        m_importance->setCurrentIndex(m_importance->findData(int(a.importance)));
    m_loading = false;
    if (a.id.isEmpty() || m_draft) {
        m_meta->setText(m_target ? tr("New annotation by %1").arg(m_edits->author()) : QString());
    } else {
        const auto when = [this](const QDateTime &t) { return dateTimeDisplayString(t, m_locale); };
        m_meta->setText(
            a.created == a.edited
                ? tr("%1 · created %2").arg(a.author, when(a.created))
                : tr("%1 · created %2 · edited %3").arg(a.author, when(a.created), when(a.edited)));
    }
}

void AnnotationEditor::storeChanged()
{
    updateHeader();
    if (m_currentId.isEmpty())
        return;
    if (const Annotation *a = m_edits->store()->find(m_currentId)) {
        loadFields(*a); // an undo, a redo or another program's edit; fields being edited are kept
        selectInList(m_currentId);
        return;
    }
    // The annotation went away (an undo of its creation, a delete elsewhere).
    if (hasUnsavedChanges() && m_target) {
        // Keep what was typed: it is saved as a new annotation.
        m_draft = m_edits->draft(*m_target);
        m_currentId.clear();
        m_dirtyText = m_dirtyTags = m_dirtyImportance = true;
        m_status->setText(tr("This annotation was deleted; your text will be saved as a new annotation."));
        return;
    }
    m_currentId.clear();
    if (m_target && m_proxy->rowCount() > 0)
        edit(m_proxy->index(m_proxy->rowCount() - 1, 0).data(IdRole).toString());
    else if (m_target)
        startNew();
}

void AnnotationEditor::showSaved()
{
    m_status->setStyleSheet(QString());
    const QDateTime when = m_edits->store()->lastSaved();
    m_status->setText(
        tr("✓ Saved %1").arg(m_locale.toString(when.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
    m_retry->hide();
    m_discard->hide();
    Q_EMIT unsavedChangesChanged(false);
    updateEnabled();
}

void AnnotationEditor::showFailure(const StoreError &error)
{
    m_conflict = error.code == StoreError::Code::Conflict && !m_currentId.isEmpty() && hasUnsavedChanges();
    m_retry->setText(m_conflict ? tr("Keep Mine") : tr("Retry"));
    m_discard->setText(m_conflict ? tr("Take Theirs") : tr("Discard"));
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(
        m_conflict
            ? tr("Not saved: %1 Keep your text, saved over their version, or take theirs?").arg(error.message)
            : tr("Not saved: %1").arg(error.message));
    m_status->setToolTip(
        QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(error.text().toHtmlEscaped()));
    const bool pending = hasUnsavedChanges();
    m_retry->setVisible(pending);
    m_discard->setVisible(pending);
}

void AnnotationEditor::markDirty()
{
    if (m_conflict) { // the question stays until it is answered
        Q_EMIT unsavedChangesChanged(true);
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Editing…"));
    Q_EMIT unsavedChangesChanged(true);
}

void AnnotationEditor::updateEnabled()
{
    const bool on = m_target.has_value();
    m_text->setEnabled(on);
    m_tags->setEnabled(on);
    m_importance->setEnabled(on);
    m_new->setEnabled(on);
    m_delete->setEnabled(on && (!m_currentId.isEmpty() || m_draft));
    updateList();
}

void AnnotationEditor::updateList()
{
    // Shown when it offers a choice: not for the one annotation being edited, so that saving the first
    // annotation of a target does not push the form down by the list's height.
    const int n = m_target ? m_proxy->rowCount() : 0;
    const bool onlyTheCurrent =
        n == 1 && m_proxy->index(0, AnnotationModel::TextColumn).data(IdRole).toString() == m_currentId;
    m_list->setVisible(n > 0 && !onlyTheCurrent);
}

void AnnotationEditor::updateHeader()
{
    if (!m_target) {
        m_header->setText(tr("Select an event or a data point to annotate it."));
        return;
    }
    const int n = m_proxy->rowCount();
    m_header->setText(n == 0 ? tr("No annotations yet") : tr("%n annotation(s)", nullptr, n));
    updateList();
}

void AnnotationEditor::selectInList(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, AnnotationModel::TextColumn);
        if (index.data(IdRole).toString() == id) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
}

} // namespace at
