// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The panel and the editor: plain text, the jump to the event, the saved marker, and an edit that cannot be
// saved staying in the editor until a retry works.

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationfilterproxy.h"
#include "app/core/annotations/annotationmodel.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/roles.h"
#include "app/core/viewstate.h"
#include "tests/annotations/annotationtesthelpers.h"
#include "ui/annotations/annotationeditor.h"
#include "ui/annotations/annotationspanel.h"
#include "ui/annotations/savestatuslabel.h"
#include "ui/annotations/undohistoryview.h"
#include "ui/annotations/workspaceactions.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

class TestAnnotationWidgets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Document m_document;
    ViewState m_state;
    QString m_file;
    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<AnnotationEdits> m_edits;

    int eventIndex(const char16_t *id) const { return m_document.dataset().eventIndex(QStringView(id)); }
    void type(AnnotationEditor &editor, const QString &text)
    {
        editor.textEdit()->setFocus();
        editor.textEdit()->selectAll();
        editor.textEdit()->insertPlainText(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }
    void init()
    {
        m_file = m_dir.filePath(u"w-%1.atws"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_store = std::make_unique<AnnotationStore>();
        m_store->setBusyTimeout(50);
        QVERIFY(m_store->create(m_file));
        m_stack = std::make_unique<QUndoStack>();
        m_edits = std::make_unique<AnnotationEdits>(m_store.get(), m_stack.get());
        m_edits->setAuthor(u"tester"_s);
        m_state.select(Selection::none());
    }
    void cleanup()
    {
        m_edits.reset();
        m_stack.reset();
        m_store.reset();
    }

    void panelShowsPlainTextAndJumps()
    {
        AnnotationsPanel panel(m_edits.get(), &m_document, &m_state);
        panel.resize(900, 300);
        panel.show();
        Annotation a = sample(u"sina-china-unicom"_s, u"<img src=x> <b>not bold</b>"_s);
        Annotation orphan = sample(u"gone-event"_s, u"orphan"_s, 1);
        QVERIFY(m_edits->importAnnotations({a, orphan}));
        QTableView *view = panel.view();
        QCOMPARE(view->model()->rowCount(), 2);
        const QModelIndex index = panel.model()->indexOf(a.id, AnnotationModel::TextColumn);
        QCOMPARE(index.data().toString(), u"<img src=x> <b>not bold</b>"_s);
        // The saved marker says so, in plain text.
        QCOMPARE(panel.saveStatus()->state(), SaveStatusLabel::State::Saved);
        QCOMPARE(panel.saveStatus()->textFormat(), Qt::PlainText);
        QVERIFY(panel.saveStatus()->text().startsWith(u"✓ Saved "_s));

        m_state.setCurrentTime(0);
        QVERIFY(panel.jumpTo(a.id));
        QCOMPARE(m_state.selection(), Selection::event(eventIndex(u"sina-china-unicom")));
        // The time cursor at the event's day.
        QCOMPARE(m_state.currentTime(),
                 m_document.dataset().events[size_t(eventIndex(u"sina-china-unicom"))].time());
        QVERIFY(!panel.jumpTo(orphan.id));
        QCOMPARE(panel.messageText(), u"“gone-event” is not in the loaded dataset."_s);
        QCOMPARE(m_state.selection(), Selection::event(eventIndex(u"sina-china-unicom"))); // unchanged

        // Activating a row jumps too.
        m_state.select(Selection::none());
        const QModelIndex proxyIndex = panel.proxy()->mapFromSource(panel.model()->indexOf(a.id));
        Q_EMIT view->activated(proxyIndex);
        QCOMPARE(m_state.selection(), Selection::event(eventIndex(u"sina-china-unicom")));

        // Filters from the combo boxes.
        auto *tags = panel.findChild<QComboBox *>(u"tagFilter"_s);
        QVERIFY(tags);
        QCOMPARE(tags->count(), 4); // all, alliance, tag0, tag1
        tags->setCurrentIndex(tags->findData(u"tag1"_s));
        QCOMPARE(view->model()->rowCount(), 1);
        auto *search = panel.findChild<QLineEdit *>(u"annotationSearch"_s);
        search->setText(u"nothing matches this"_s);
        QCOMPARE(view->model()->rowCount(), 0);
    }

    // A span and a period: named and dated in the panel, a jump shows the whole range (and selects the
    // span's company), and the view filter hides a span whose company it leaves out but never a period.
    void panelShowsRangesAndJumpsToThem()
    {
        AnnotationsPanel panel(m_edits.get(), &m_document, &m_state);
        Annotation span = sample(QString(), u"telecom push"_s);
        span.target = AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31));
        Annotation period = sample(QString(), u"3Q war"_s, 1);
        period.target = AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21));
        QVERIFY(m_edits->importAnnotations({span, period}));
        const QModelIndex spanTarget = panel.model()->indexOf(span.id, AnnotationModel::TargetColumn);
        QCOMPARE(spanTarget.data().toString(), u"Sina Weibo"_s);
        QCOMPARE(panel.model()->indexOf(span.id, AnnotationModel::DateColumn).data().toString(),
                 u"1 Jun 2011 – 31 Dec 2011"_s);
        QCOMPARE(panel.model()->indexOf(period.id, AnnotationModel::TargetColumn).data().toString(),
                 u"All companies"_s);

        QVERIFY(panel.jumpTo(span.id));
        const int weibo = m_document.dataset().entityIndex(u"weibo");
        QCOMPARE(m_state.selection(), Selection::entity(weibo));
        QCOMPARE(m_state.currentTime(), double(QDate(2011, 6, 1).toJulianDay())); // its first day
        const double start = QDate(2011, 6, 1).toJulianDay(), end = QDate(2012, 1, 1).toJulianDay();
        QCOMPARE(m_state.visibleFrom(), start - (end - start) / 10);
        QCOMPARE(m_state.visibleTo(), end + (end - start) / 10);
        m_state.select(Selection::none());
        QVERIFY(panel.jumpTo(period.id));
        QCOMPARE(m_state.selection(), Selection::none());
        QCOMPARE(m_state.visibleFrom(), QDate(2010, 9, 27).toJulianDay() - 5.6);

        EventFilter onlyQq;
        onlyQq.entities = {m_document.dataset().entityIndex(u"tencent")};
        m_state.setFilter(onlyQq);
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        QCOMPARE(panel.view()->model()->index(0, AnnotationModel::TextColumn).data().toString(), u"3Q war"_s);
        m_state.setFilter(EventFilter());
        QCOMPARE(panel.view()->model()->rowCount(), 2);
    }

    // The search field: every word, without regard to case, in the text, the tags or the author as stored;
    // with the view filter on, the annotations of what it leaves out stay hidden whatever matches. The
    // model the table shows passes the model tester while both change.
    void panelSearchesTextTagsAndAuthors()
    {
        AnnotationsPanel panel(m_edits.get(), &m_document, &m_state);
        QAbstractItemModelTester tester(panel.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Annotation telecom = sample(u"sina-china-unicom"_s, u"Weibo's telecom push"_s, 1);
        telecom.tags = {u"Telecom"_s};
        telecom.author = u"li.wei"_s;
        Annotation fight = sample(u"sina-msn-alliance"_s, u"MSN users come over"_s, 2);
        fight.tags = {u"migration"_s};
        fight.author = u"Zhang.San"_s;
        Annotation period = sample(QString(), u"The QQ and 360 fight"_s, 3);
        period.target = AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21));
        period.tags = {u"war"_s};
        period.author = u"li.wei"_s;
        QVERIFY(m_edits->importAnnotations({telecom, fight, period}));
        auto *search = panel.findChild<QLineEdit *>(u"annotationSearch"_s);
        auto shown = [&] {
            QStringList texts;
            QAbstractItemModel *model = panel.view()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                texts << model->index(row, AnnotationModel::TextColumn).data().toString();
            texts.sort();
            return texts;
        };
        search->setText(u"TELECOM"_s); // a tag, and a word of the text, in another case
        QCOMPARE(shown(), QStringList{u"Weibo's telecom push"_s});
        search->setText(u"MIGRATION"_s); // a tag only
        QCOMPARE(shown(), QStringList{u"MSN users come over"_s});
        search->setText(u"Li.Wei"_s); // an author
        QCOMPARE(shown(), (QStringList{u"The QQ and 360 fight"_s, u"Weibo's telecom push"_s}));
        search->setText(u"li.wei war"_s); // every word
        QCOMPARE(shown(), QStringList{u"The QQ and 360 fight"_s});
        search->setText(u"zhang.san msn"_s);
        QCOMPARE(shown(), QStringList{u"MSN users come over"_s});
        // The view filter keeps Tencent's events only: the matching Sina annotation is hidden, the period
        // is not, and the count says so.
        search->setText(u"li.wei"_s);
        EventFilter onlyQq;
        onlyQq.entities = {m_document.dataset().entityIndex(u"tencent")};
        m_state.setFilter(onlyQq);
        QCOMPARE(shown(), QStringList{u"The QQ and 360 fight"_s});
        bool counted = false;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            counted = counted || label->text() == u"1 of 3 annotation(s)"_s;
        QVERIFY(counted);
        m_state.setFilter(EventFilter());
        QCOMPARE(shown(), (QStringList{u"The QQ and 360 fight"_s, u"Weibo's telecom push"_s}));
        search->clear();
        QCOMPARE(shown().size(), 3);
        // Activating a search result jumps: selection and time cursor.
        search->setText(u"migration"_s);
        Q_EMIT panel.view()->activated(panel.view()->model()->index(0, 0));
        const int msn = eventIndex(u"sina-msn-alliance");
        QCOMPARE(m_state.selection(), Selection::event(msn));
        QCOMPARE(m_state.currentTime(), m_document.dataset().events[size_t(msn)].time());
    }

    void panelShowsAnotherProgramsEdits()
    {
        AnnotationsPanel panel(m_edits.get(), &m_document, &m_state);
        AnnotationStore other;
        QVERIFY(other.open(m_file));
        QVERIFY(other.write(
            {AnnotationWrite::put(sample(u"e"_s, u"from elsewhere"_s), AnnotationWrite::Expect::Absent)}));
        QCOMPARE(panel.model()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 5000); // the poll picks it up
    }

    void editorSavesAndMergesTyping()
    {
        AnnotationEditor editor(m_edits.get(), &m_document);
        editor.resize(400, 400);
        editor.show();
        QVERIFY(editor.showSelection(Selection::event(eventIndex(u"sina-msn-alliance"))));
        QVERIFY(editor.isNew());
        type(editor, u"first"_s);
        QVERIFY(editor.hasUnsavedChanges());
        QVERIFY(editor.commitPending());
        QCOMPARE(m_store->count(), 1);
        const QString id = editor.currentId();
        QCOMPARE(m_store->find(id)->target, AnnotationTarget::event(u"sina-msn-alliance"_s));
        QCOMPARE(m_store->find(id)->author, u"tester"_s);
        QVERIFY(editor.statusText().startsWith(u"✓ Saved "_s));
        // Autosaves while typing: each is a commit, together one undo step.
        type(editor, u"first, second"_s);
        QVERIFY(editor.commitPending());
        type(editor, u"first, second, third"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!editor.hasUnsavedChanges(), 3000); // the autosave timer
        QCOMPARE(m_store->find(id)->text, u"first, second, third"_s);
        QCOMPARE(m_stack->count(), 2);
        // Tags and importance.
        editor.tagsEdit()->setText(u"a, b"_s);
        Q_EMIT editor.tagsEdit()->editingFinished();
        QCOMPARE(m_store->find(id)->tags, (QStringList{u"a"_s, u"b"_s}));
        editor.importanceBox()->setCurrentIndex(editor.importanceBox()->findData(int(Importance::High)));
        Q_EMIT editor.importanceBox()->activated(editor.importanceBox()->currentIndex());
        QCOMPARE(m_store->find(id)->importance, Importance::High);
        QCOMPARE(m_stack->count(), 4);
        // Undo shows in the editor.
        m_stack->undo();
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(editor.textEdit()->toPlainText(), u"first"_s);
        QCOMPARE(editor.tagsEdit()->text(), QString());
        m_stack->undo(); // the add: the editor offers a new one
        QVERIFY(editor.isNew());
        QCOMPARE(editor.textEdit()->toPlainText(), QString());
    }

    void failedSaveStaysInTheEditor()
    {
        AnnotationEditor editor(m_edits.get(), &m_document);
        editor.show();
        QVERIFY(editor.showSelection(Selection::event(eventIndex(u"sina-msn-alliance"))));
        QString draftId;
        {
            RawConnection other(m_file);
            QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
            type(editor, u"<img src=x> typed while locked"_s);
            QVERIFY(!editor.commitPending());
            QCOMPARE(m_store->count(), 0);
            QCOMPARE(editor.textEdit()->toPlainText(), u"<img src=x> typed while locked"_s);
            QCOMPARE(editor.statusText(),
                     u"Not saved: The workspace “%1” is locked by another program. Try again "
                     u"when that program has finished."_s.arg(m_file));
            QVERIFY(editor.retryButton()->isVisible());
            // It does not move on to another event and lose the text.
            QVERIFY(!editor.showSelection(Selection::event(eventIndex(u"sina-china-unicom"))));
            QCOMPARE(editor.target(),
                     std::optional<AnnotationTarget>(AnnotationTarget::event(u"sina-msn-alliance"_s)));
            QVERIFY(other.exec(u"ROLLBACK"_s));
        }
        editor.retryButton()->click();
        QCOMPARE(m_store->count(), 1);
        QCOMPARE(m_store->annotations().first().text, u"<img src=x> typed while locked"_s);
        QVERIFY(!editor.retryButton()->isVisible());
        QVERIFY(editor.showSelection(Selection::event(eventIndex(u"sina-china-unicom"))));
    }

    void editorLabelsArePlainText()
    {
        AnnotationEditor editor(m_edits.get(), &m_document);
        for (const QLabel *label : editor.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        AnnotationsPanel panel(m_edits.get(), &m_document, &m_state);
        for (const QLabel *label : panel.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void historyViewAndWorkspaceActions()
    {
        UndoHistoryView history(m_stack.get());
        QCOMPARE(history.emptyLabel(), u"Workspace opened"_s);
        QWidget parent;
        WorkspaceActions actions(m_edits.get(), &m_document, &parent);
        QVERIFY(!actions.importFile(m_dir.filePath(u"missing.json"_s)));
        Annotation a = sample(u"sina-msn-alliance"_s, u"exported"_s);
        QVERIFY(m_edits->importAnnotations({a}));
        QCOMPARE(history.model()->rowCount(), 2); // the empty state and the import
        const QString json = m_dir.filePath(u"export.json"_s);
        QVERIFY(actions.exportFile(json, WorkspaceActions::ExportFormat::Json));
        // The report needs the views that draw its pictures (tst_reportwriter writes it with them).
        QVERIFY(!actions.exportReportAction()->isEnabled());
        QVERIFY(!actions.exportReportPdfAction()->isEnabled());
        const auto report =
            actions.exportFile(m_dir.filePath(u"report"_s), WorkspaceActions::ExportFormat::ReportFolder);
        QVERIFY(!report);
        QCOMPARE(report.error().message, u"no views to draw the report's pictures; nothing was saved"_s);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"report"_s)));
        const QString copy = m_dir.filePath(u"copy.atws"_s);
        QVERIFY(actions.saveWorkspaceAs(copy));
        QCOMPARE(m_store->path(), copy);
        QVERIFY(actions.newWorkspace(m_dir.filePath(u"fresh.atws"_s)));
        QCOMPARE(m_store->count(), 0);
        const auto summary = actions.importFile(json);
        QVERIFY(summary);
        QCOMPARE(summary->added, 1);
        QCOMPARE(*m_store->find(a.id), a);
        QVERIFY(actions.openWorkspace(copy));
        QCOMPARE(m_store->count(), 1);
    }
};

QTEST_MAIN(TestAnnotationWidgets)
#include "tst_annotationwidgets.moc"
