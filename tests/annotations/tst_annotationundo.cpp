// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Every edit is an undo command; undo and redo write through the store like edits, merge consecutive text
// edits, and leave the stack where the disk is when a write fails.

#include "app/core/annotations/annotationcommands.h"
#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "tests/annotations/annotationtesthelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

class TestAnnotationUndo : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<AnnotationEdits> m_edits;

    // What is on disk, read by a store of its own.
    QList<Annotation> onDisk() const
    {
        AnnotationStore other;
        return other.open(m_file) ? other.annotations() : QList<Annotation>();
    }
    // Another program (a second window on the same workspace) changes the annotation's text.
    Annotation changeElsewhere(const QString &id, const QString &text) const
    {
        AnnotationStore other;
        if (!other.open(m_file) || !other.find(id))
            return {};
        Annotation theirs = *other.find(id);
        theirs.text = text;
        theirs.edited = theirs.edited.addSecs(1);
        const auto written = other.write(
            {AnnotationWrite::put(theirs, AnnotationWrite::Expect::Unchanged, other.find(id)->edited)});
        return written ? theirs : Annotation{};
    }
    QString add(const QString &text, const QString &event = u"sina-msn-alliance"_s)
    {
        Annotation a = m_edits->draft(AnnotationTarget::event(event));
        a.text = text;
        a.tags = {u"first"_s};
        return m_edits->add(a) ? a.id : QString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"undo-%1.atws"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_store = std::make_unique<AnnotationStore>();
        m_store->setBusyTimeout(50);
        QVERIFY(m_store->create(m_file));
        m_stack = std::make_unique<QUndoStack>();
        m_edits = std::make_unique<AnnotationEdits>(m_store.get(), m_stack.get());
        m_edits->setAuthor(u"tester"_s);
    }
    void cleanup()
    {
        m_edits.reset();
        m_stack.reset();
        m_store.reset();
    }

    void addUndoRedo()
    {
        const QString id = add(u"hello"_s);
        QVERIFY(!id.isEmpty());
        const Annotation saved = *m_store->find(id);
        QCOMPARE(saved.author, u"tester"_s);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), u"Add annotation"_s);
        QCOMPARE(onDisk(), QList<Annotation>{saved});
        m_stack->undo();
        QCOMPARE(m_store->count(), 0);
        QVERIFY(onDisk().isEmpty());
        m_stack->redo();
        QCOMPARE(m_store->annotations(), QList<Annotation>{saved}); // the same id and times
        QCOMPARE(onDisk(), QList<Annotation>{saved});
    }

    void consecutiveTextEditsMerge()
    {
        const QString id = add(u"a"_s);
        const Annotation original = *m_store->find(id);
        QVERIFY(m_edits->setText(id, u"ab"_s));
        QVERIFY(m_edits->setText(id, u"abc"_s));
        QVERIFY(m_edits->setText(id, u"abcd"_s));
        QCOMPARE(m_stack->count(), 2); // add, one text edit
        QCOMPARE(m_stack->undoText(), u"Edit annotation text"_s);
        QCOMPARE(onDisk().first().text, u"abcd"_s);
        m_stack->undo();
        QCOMPARE(*m_store->find(id), original); // text and edited time as before the first edit
        QCOMPARE(onDisk(), QList<Annotation>{original});
        m_stack->redo();
        QCOMPARE(m_store->find(id)->text, u"abcd"_s);
        QCOMPARE(onDisk().first().text, u"abcd"_s);
    }

    void textEditsOfDifferentAnnotationsDoNotMerge()
    {
        const QString first = add(u"one"_s);
        const QString second = add(u"two"_s);
        QVERIFY(m_edits->setText(first, u"one!"_s));
        QVERIFY(m_edits->setText(second, u"two!"_s));
        QVERIFY(m_edits->setText(first, u"one!!"_s));
        QCOMPARE(m_stack->count(), 5);
        m_stack->undo();
        QCOMPARE(m_store->find(first)->text, u"one!"_s);
        QCOMPARE(m_store->find(second)->text, u"two!"_s);
    }

    void anotherCommandBetweenTextEditsStopsTheMerge()
    {
        const QString id = add(u"x"_s);
        QVERIFY(m_edits->setText(id, u"xy"_s));
        QVERIFY(m_edits->setImportance(id, Importance::Low));
        QVERIFY(m_edits->setText(id, u"xyz"_s));
        QCOMPARE(m_stack->count(), 4);
    }

    void typingBackToTheOriginalLeavesNothingToUndo()
    {
        const QString id = add(u"same"_s);
        QVERIFY(m_edits->setText(id, u"samex"_s));
        QVERIFY(m_edits->setText(id, u"same"_s));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_store->find(id)->text, u"same"_s);
    }

    void retagChangeImportanceDelete()
    {
        const QString id = add(u"t"_s);
        const Annotation original = *m_store->find(id);
        QVERIFY(m_edits->setTags(id, {u" b "_s, u"a"_s, u"B"_s, QString()}));
        QCOMPARE(m_store->find(id)->tags, (QStringList{u"b"_s, u"a"_s}));
        QCOMPARE(m_stack->undoText(), u"Retag annotation"_s);
        QVERIFY(m_edits->setImportance(id, Importance::High));
        QCOMPARE(m_stack->undoText(), u"Change annotation importance"_s);
        const Annotation changed = *m_store->find(id);
        QVERIFY(m_edits->remove(id));
        QCOMPARE(m_stack->undoText(), u"Delete annotation"_s);
        QVERIFY(onDisk().isEmpty());

        m_stack->undo(); // delete
        QCOMPARE(onDisk(), QList<Annotation>{changed});
        m_stack->undo(); // importance
        QCOMPARE(m_store->find(id)->importance, Importance::Normal);
        m_stack->undo(); // tags
        QCOMPARE(onDisk(), QList<Annotation>{original});
        m_stack->redo();
        m_stack->redo();
        m_stack->redo();
        QVERIFY(onDisk().isEmpty());
        QCOMPARE(m_store->count(), 0);
    }

    // A span and a period: create, move, resize and delete are one undo step each, and the file follows
    // every undo and redo.
    void rangesCreateMoveResizeDelete()
    {
        Annotation span =
            m_edits->draft(AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31)));
        span.text = u"telecom push"_s;
        QVERIFY(m_edits->add(span));
        QCOMPARE(m_stack->undoText(), u"Add annotation"_s);
        const Annotation created = *m_store->find(span.id);
        QCOMPARE(created.editedBy, u"tester"_s);

        QVERIFY(m_edits->setRange(span.id, QDate(2011, 7, 1), QDate(2012, 1, 30))); // 30 days later
        QCOMPARE(m_stack->undoText(), u"Move annotation"_s);
        const Annotation moved = *m_store->find(span.id);
        QCOMPARE(moved.target, created.target.moved(30));
        QCOMPARE(moved.target, AnnotationTarget::span(u"weibo"_s, QDate(2011, 7, 1), QDate(2012, 1, 30)));
        QCOMPARE(onDisk(), QList<Annotation>{moved});

        QVERIFY(m_edits->setRange(span.id, QDate(2011, 7, 1), QDate(2011, 9, 30)));
        QCOMPARE(m_stack->undoText(), u"Resize annotation"_s);
        const Annotation resized = *m_store->find(span.id);
        QCOMPARE(resized.target.to, QDate(2011, 9, 30));

        // Backwards is refused and pushes nothing.
        const auto backwards = m_edits->setRange(span.id, QDate(2011, 9, 30), QDate(2011, 7, 1));
        QVERIFY(!backwards);
        QCOMPARE(backwards.error().message, u"The last day, 2011-07-01, is before the first, 2011-09-30."_s);
        QCOMPARE(m_stack->count(), 3);
        // An event has no range to move.
        const QString event = add(u"event"_s);
        const auto notARange = m_edits->setRange(event, QDate(2011, 1, 1), QDate(2011, 1, 2));
        QVERIFY(!notARange);
        QCOMPARE(notARange.error().message,
                 u"Only an annotation on a company over time or on a period has a time range to move."_s);
        QCOMPARE(m_stack->count(), 4);

        Annotation period = m_edits->draft(AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21)));
        period.text = u"3Q war"_s;
        QVERIFY(m_edits->add(period));
        QVERIFY(m_edits->remove(span.id));
        QCOMPARE(m_stack->undoText(), u"Delete annotation"_s);
        QCOMPARE(m_store->count(), 2);

        m_stack->undo(); // delete
        QCOMPARE(*m_store->find(span.id), resized);
        m_stack->undo(); // add period
        QVERIFY(!m_store->find(period.id));
        m_stack->undo(); // add event
        m_stack->undo(); // resize
        QCOMPARE(*m_store->find(span.id), moved);
        QCOMPARE(onDisk(), QList<Annotation>{moved});
        m_stack->undo(); // move
        QCOMPARE(*m_store->find(span.id), created);
        QCOMPARE(onDisk(), QList<Annotation>{created});
        m_stack->undo(); // add
        QVERIFY(onDisk().isEmpty());
        for (int i = 0; i < 6; ++i)
            m_stack->redo();
        QCOMPARE(m_store->count(), 2);
        QVERIFY(!m_store->find(span.id));
        QCOMPARE(onDisk().size(), 2);
        QCOMPARE(m_store->find(period.id)->target,
                 AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21)));
    }

    void noChangeNoCommand()
    {
        const QString id = add(u"t"_s);
        QVERIFY(m_edits->setText(id, u"t"_s));
        QVERIFY(m_edits->setTags(id, {u"first"_s}));
        QCOMPARE(m_stack->count(), 1);
    }

    void importIsOneUndoStep()
    {
        const QString existing = add(u"mine"_s);
        Annotation newer = *m_store->find(existing);
        newer.text = u"theirs, newer"_s;
        newer.edited = newer.edited.addSecs(3600);
        const Annotation fresh = sample(u"sina-china-unicom"_s, u"imported"_s);
        const auto s = m_edits->importAnnotations({newer, fresh});
        QVERIFY(s);
        QCOMPARE(s->added, 1);
        QCOMPARE(s->updated, 1);
        QCOMPARE(m_stack->count(), 2);
        QCOMPARE(m_stack->undoText(), u"Import 2 annotation(s)"_s);
        m_stack->undo();
        QCOMPARE(m_store->count(), 1);
        QCOMPARE(m_store->find(existing)->text, u"mine"_s);
        m_stack->redo();
        QCOMPARE(m_store->count(), 2);
        QCOMPARE(*m_store->find(existing), newer);
        QCOMPARE(*m_store->find(fresh.id), fresh);
    }

    void failedEditPushesNothing()
    {
        const QString id = add(u"before"_s);
        RawConnection other(m_file);
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        QCOMPARE(m_edits->setText(id, u"after"_s).error().code, StoreError::Code::Busy);
        Annotation a = m_edits->draft(AnnotationTarget::event(u"e"_s));
        a.text = u"new"_s;
        QCOMPARE(m_edits->add(a).error().code, StoreError::Code::Busy);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_store->find(id)->text, u"before"_s);
        QVERIFY(other.exec(u"ROLLBACK"_s));
        QVERIFY(m_edits->add(a)); // the same draft, retried: saved once
        QCOMPARE(m_store->count(), 2);
    }

    void failedUndoAndRedoKeepTheStackWithTheDisk()
    {
        const QString id = add(u"one"_s);
        QVERIFY(m_edits->setText(id, u"two"_s));
        QSignalSpy failed(m_edits.get(), &AnnotationEdits::undoRedoFailed);
        {
            RawConnection other(m_file);
            QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
            m_stack->undo();
            QCOMPARE(failed.count(), 1);
            QCOMPARE(failed.first().first().value<StoreError>().code, StoreError::Code::Busy);
            QCOMPARE(m_stack->index(), 2); // put back: the text edit is still applied
            QCOMPARE(m_store->find(id)->text, u"two"_s);
            QVERIFY(other.exec(u"ROLLBACK"_s));
        }
        m_stack->undo(); // works now
        QCOMPARE(m_stack->index(), 1);
        QCOMPARE(onDisk().first().text, u"one"_s);
        {
            RawConnection other(m_file);
            QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
            m_stack->redo();
            QCOMPARE(failed.count(), 2);
            QCOMPARE(m_stack->index(), 1);
            QCOMPARE(m_store->find(id)->text, u"one"_s);
            QVERIFY(other.exec(u"ROLLBACK"_s));
        }
        m_stack->redo();
        QCOMPARE(m_stack->index(), 2);
        {
            // A jump of several steps (the history view) stops where the first step fails.
            RawConnection other(m_file);
            QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
            m_stack->setIndex(0);
            QCOMPARE(m_stack->index(), 2);
            QCOMPARE(m_store->find(id)->text, u"two"_s);
            QVERIFY(other.exec(u"ROLLBACK"_s));
        }
        m_stack->setIndex(0);
        QCOMPARE(m_stack->index(), 0);
        QVERIFY(onDisk().isEmpty());
        m_stack->setIndex(2);
        QCOMPARE(onDisk().first().text, u"two"_s);
    }

    // Undo and redo state what they expect like any edit: another program's change to the same annotation
    // since is never overwritten; the step is refused, said, and the stack stays where the disk is.
    void undoAfterAnotherProgramsEditIsRefused()
    {
        const QString id = add(u"mine"_s);
        QVERIFY(m_edits->setText(id, u"mine, edited"_s));
        QSignalSpy failed(m_edits.get(), &AnnotationEdits::undoRedoFailed);
        const Annotation theirs = changeElsewhere(id, u"theirs"_s);
        QCOMPARE(theirs.text, u"theirs"_s);
        m_stack->undo();
        QCOMPARE(failed.count(), 1);
        const StoreError e = failed.first().first().value<StoreError>();
        QCOMPARE(e.code, StoreError::Code::Conflict);
        QCOMPARE(
            e.message,
            u"“Edit annotation text” was not undone: This annotation was changed by another program using "
            u"the same workspace since it was read. The list was re-read from the file; check it and try "
            u"again."_s);
        QCOMPARE(m_stack->index(), 2); // still after the edit, as the disk is
        QCOMPARE(onDisk(), QList<Annotation>{theirs});
        QCOMPARE(*m_store->find(id), theirs); // the list shows what the other program saved
    }

    void redoAfterAnotherProgramsEditIsRefused()
    {
        const QString id = add(u"one"_s);
        QVERIFY(m_edits->setText(id, u"two"_s));
        m_stack->undo();
        QCOMPARE(m_store->find(id)->text, u"one"_s);
        const Annotation theirs = changeElsewhere(id, u"theirs"_s);
        QCOMPARE(theirs.text, u"theirs"_s);
        QSignalSpy failed(m_edits.get(), &AnnotationEdits::undoRedoFailed);
        m_stack->redo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<StoreError>().code, StoreError::Code::Conflict);
        QVERIFY(failed.first().first().value<StoreError>().message.startsWith(
            u"“Edit annotation text” was not redone: "_s));
        QCOMPARE(m_stack->index(), 1);
        QCOMPARE(onDisk(), QList<Annotation>{theirs});
    }

    void undoOfAnAddAfterAnotherProgramDeletedIt()
    {
        const QString id = add(u"short-lived"_s);
        AnnotationStore other;
        QVERIFY(other.open(m_file));
        QVERIFY(other.write({AnnotationWrite::erase(id, other.find(id)->edited)}));
        QSignalSpy failed(m_edits.get(), &AnnotationEdits::undoRedoFailed);
        m_stack->undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<StoreError>().code, StoreError::Code::NotFound);
        QCOMPARE(m_stack->index(), 1);
        QCOMPARE(m_store->count(), 0);
    }

    void undoOfADeleteAfterAnotherProgramSavedTheSameId()
    {
        const QString id = add(u"gone"_s);
        const Annotation saved = *m_store->find(id);
        QVERIFY(m_edits->remove(id));
        AnnotationStore other;
        QVERIFY(other.open(m_file));
        Annotation back = saved;
        back.text = u"put back by the other program"_s;
        QVERIFY(other.write({AnnotationWrite::put(back, AnnotationWrite::Expect::Absent)}));
        QSignalSpy failed(m_edits.get(), &AnnotationEdits::undoRedoFailed);
        m_stack->undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<StoreError>().code, StoreError::Code::Conflict);
        QCOMPARE(m_stack->index(), 2);
        QCOMPARE(onDisk(), QList<Annotation>{back});
    }

    // An import is one transaction: one changed annotation refuses the whole undo, and nothing is undone.
    void undoOfAnImportIsAllOrNothing()
    {
        QList<Annotation> incoming;
        for (int i = 0; i < 3; ++i)
            incoming << sample(u"sina-msn-alliance"_s, u"imported %1"_s.arg(i), i);
        QVERIFY(m_edits->importAnnotations(incoming));
        AnnotationStore other;
        QVERIFY(other.open(m_file));
        Annotation theirs = *other.find(incoming[1].id);
        theirs.text = u"changed elsewhere"_s;
        theirs.edited = theirs.edited.addSecs(1);
        QVERIFY(other.write(
            {AnnotationWrite::put(theirs, AnnotationWrite::Expect::Unchanged, incoming[1].edited)}));
        m_stack->undo();
        QCOMPARE(m_stack->index(), 1);
        QCOMPARE(onDisk(), (QList<Annotation>{incoming[0], theirs, incoming[2]}));
    }

    void anotherWorkspaceClearsTheStack()
    {
        add(u"x"_s);
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_store->create(m_dir.filePath(u"other.atws"_s)));
        QCOMPARE(m_stack->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationUndo)
#include "tst_annotationundo.moc"
