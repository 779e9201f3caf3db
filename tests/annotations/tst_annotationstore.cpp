// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The workspace file: what is saved is on disk, refused files stay untouched, failed writes say why and
// change nothing, and a retry works once the cause is gone.

#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/workspaceschema.h"
#include "app/core/atomicfile.h"
#include "app/core/import/json/jsonreader.h"
#include "tests/annotations/annotationtesthelpers.h"

#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

class TestAnnotationStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A workspace with `n` annotations, closed again.
    QList<Annotation> makeWorkspace(const QString &file, int n, int textSize = 20)
    {
        AnnotationStore store;
        if (!store.create(file))
            return {};
        QList<Annotation> list;
        for (int i = 0; i < n; ++i) {
            const Annotation a = sample(u"event-%1"_s.arg(i % 7), QString(textSize, QChar(u'a' + i % 26)), i);
            if (!store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}))
                return {};
            list << a;
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createWriteAndReadBack()
    {
        const QString file = path(u"roundtrip.atws"_s);
        AnnotationStore store;
        QSignalSpy saved(&store, &AnnotationStore::saved);
        QVERIFY(store.create(file));
        QCOMPARE(store.path(), file);
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.synchronousMode(), 2); // FULL
        Annotation a = sample(u"sina-msn-alliance"_s, u"第一行 <img src=x>\n\"quoted\", and more"_s);
        Annotation p = sample(QString(), u"point note"_s, 1);
        p.target = AnnotationTarget::point(u"qq-active-accounts"_s, u"2010-Q3"_s);
        p.importance = Importance::Low;
        p.tags = {};
        Annotation span = sample(QString(), u"telecom push"_s, 2);
        span.target = AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31));
        span.editedBy = u"reviewer"_s;
        Annotation period = sample(QString(), u"3Q war"_s, 3);
        period.target = AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21));
        QVERIFY(store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent),
                             AnnotationWrite::put(p, AnnotationWrite::Expect::Absent),
                             AnnotationWrite::put(span, AnnotationWrite::Expect::Absent),
                             AnnotationWrite::put(period, AnnotationWrite::Expect::Absent)}));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(store.count(), 4);

        AnnotationStore other;
        QVERIFY(other.open(file));
        QCOMPARE(other.annotations(), (QList<Annotation>{a, p, span, period}));
        RawConnection raw(file);
        QCOMPARE(raw.column(u"PRAGMA user_version"_s), QStringList{u"2"_s});
        QCOMPARE(
            raw.column(u"SELECT target || ' ' || entity_id || ' ' || span_from || ' ' || span_to || ' ' || "
                       u"edited_by FROM annotation WHERE target IN ('span', 'period') ORDER BY created"_s),
            (QStringList{u"span weibo 2011-06-01 2011-12-31 reviewer"_s,
                         u"period  2010-09-27 2010-11-21 "_s}));
        QCOMPARE(raw.column(u"PRAGMA application_id"_s),
                 QStringList{QString::number(workspaceschema::applicationId)});
        QCOMPARE(raw.column(u"PRAGMA journal_mode"_s), QStringList{u"delete"_s});
        QCOMPARE(other.integrityCheck(), u"ok"_s);
    }

    void defaultWorkspaceIsCreatedInAppData()
    {
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspace.atws"_s;
        QCOMPARE(AnnotationStore::defaultWorkspacePath(), expected);
        QFile::remove(expected);
        AnnotationStore store;
        QVERIFY(store.openDefault());
        QVERIFY(QFileInfo::exists(expected));
        const Annotation a = sample(u"e"_s, u"kept"_s);
        QVERIFY(store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}));
        AnnotationStore again;
        QVERIFY(again.openDefault()); // opens the existing one rather than making a new one
        QCOMPARE(again.annotations(), QList<Annotation>{a});
        QFile::remove(expected);
    }

    void refusedFilesStayUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("text")
            << "hello, not a database\n"_ba << int(StoreError::Code::NotWorkspace)
            << u"“%1” is not an Alliance Timeline workspace (it is not an SQLite database). It was "
               u"not opened and was not changed."_s;
        QTest::newRow("empty")
            << QByteArray() << int(StoreError::Code::NotWorkspace)
            << u"“%1” is empty, not an Alliance Timeline workspace. It was not opened and was not "
               u"changed."_s;
        // The SQLite magic, then garbage: SQLite itself refuses it.
        QTest::newRow("bad header")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\xff')
            << int(StoreError::Code::NotWorkspace)
            << u"“%1” is not an Alliance Timeline workspace: it is not an SQLite database. It "
               u"was not opened and was not changed."_s;
    }

    void refusedFilesStayUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString current = path(u"current.atws"_s);
        const QString bad =
            path(u"bad-%1.atws"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(writeBytes(bad, content));
        AnnotationStore store;
        QVERIFY(store.create(current));
        QSignalSpy changed(&store, &AnnotationStore::workspaceChanged);
        const auto e = store.open(bad);
        QVERIFY(!e);
        QCOMPARE(int(e.error().code), code);
        QCOMPARE(e.error().message, message.arg(QDir::toNativeSeparators(bad)));
        QCOMPARE(fileBytes(bad), content);
        QVERIFY(!QFileInfo::exists(bad + u"-journal"_s));
        QCOMPARE(store.path(), current); // the open workspace stays open
        QCOMPARE(changed.count(), 0);
    }

    void refusesForeignDatabase()
    {
        const QString file = path(u"foreign.sqlite"_s);
        {
            RawConnection raw(file);
            QVERIFY(raw.exec(u"CREATE TABLE songs (title TEXT)"_s));
            QVERIFY(raw.exec(u"INSERT INTO songs VALUES ('x')"_s));
        }
        const QByteArray before = fileBytes(file);
        AnnotationStore store;
        const auto e = store.open(file);
        QVERIFY(!e);
        QCOMPARE(e.error().code, StoreError::Code::NotWorkspace);
        QCOMPARE(e.error().message,
                 u"“%1” is an SQLite database of another program, not an Alliance Timeline workspace. It "
                 u"was not opened and was not changed."_s.arg(file));
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!store.isOpen());
    }

    void refusesNewerVersion()
    {
        const QString file = path(u"newer.atws"_s);
        QCOMPARE(makeWorkspace(file, 2).size(), 2);
        {
            RawConnection raw(file);
            QVERIFY(raw.exec(u"PRAGMA user_version = 7"_s));
        }
        const QByteArray before = fileBytes(file);
        AnnotationStore store;
        const auto e = store.open(file);
        QVERIFY(!e);
        QCOMPARE(e.error().code, StoreError::Code::NewerVersion);
        QCOMPARE(e.error().message,
                 u"“%1” was written by a newer version of Alliance Timeline (workspace format 7; this "
                 u"version reads formats up to 2). It was not opened and was not changed; open it with a "
                 u"newer version."_s.arg(file));
        QCOMPARE(fileBytes(file), before);
    }

    void refusesDamagedDatabase()
    {
        const QString file = path(u"damaged.atws"_s);
        QCOMPARE(makeWorkspace(file, 60, 400).size(), 60);
        QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.size() > 8 * 4096);
        // Scribble over the middle of the third page (a b-tree page of the table).
        for (int i = 2 * 4096 + 100; i < 2 * 4096 + 600; ++i)
            bytes[i] = char(0xA5);
        QVERIFY(writeBytes(file, bytes));
        AnnotationStore store;
        const auto e = store.open(file);
        QVERIFY(!e);
        QVERIFY2(e.error().code == StoreError::Code::Damaged, qPrintable(e.error().text()));
        QVERIFY2(e.error().message.startsWith(u"The workspace “%1” is damaged."_s.arg(file)),
                 qPrintable(e.error().message));
        QVERIFY(e.error().message.contains(u"It was not opened and was not changed"_s));
        QCOMPARE(fileBytes(file), bytes);
    }

    void migratesAnEmptyDatabase()
    {
        const QString file = path(u"empty-db.atws"_s);
        {
            RawConnection raw(file);
            QVERIFY(raw.exec(u"CREATE TABLE t (x)"_s));
            QVERIFY(raw.exec(u"DROP TABLE t"_s));
        }
        AnnotationStore store;
        QSignalSpy upgraded(&store, &AnnotationStore::upgraded);
        QVERIFY(store.open(file));
        QCOMPARE(upgraded.count(), 0); // nothing in it to keep a copy of
        QVERIFY(!QFileInfo::exists(path(u"empty-db.format0-backup.atws"_s)));
        RawConnection raw(file);
        QCOMPARE(raw.column(u"PRAGMA user_version"_s), QStringList{u"2"_s});
        QCOMPARE(raw.column(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s),
                 QStringList{u"annotation"_s});
    }

    // A workspace of format 1 (events and data points only), as the first release wrote it: opening keeps a
    // copy of it as it was beside it, upgrades it in place, and every annotation reads as before.
    void upgradesFormat1WithABackupCopy()
    {
        const QString file = path(u"team notes.atws"_s);
        {
            RawConnection raw(file);
            QVERIFY(
                raw.exec(u"CREATE TABLE annotation (uuid TEXT PRIMARY KEY NOT NULL, target TEXT NOT NULL "
                         u"CHECK (target IN ('event', 'point')), event_id TEXT NOT NULL DEFAULT '', "
                         u"series_id TEXT NOT NULL DEFAULT '', point_date TEXT NOT NULL DEFAULT '', text "
                         u"TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]', importance TEXT NOT NULL CHECK "
                         u"(importance IN ('low', 'normal', 'high')), author TEXT NOT NULL, created TEXT "
                         u"NOT NULL, edited TEXT NOT NULL)"_s));
            QVERIFY(
                raw.exec(u"INSERT INTO annotation VALUES ('6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab', 'event', "
                         u"'sina-msn-alliance', '', '', '第一条', '[\"msn\"]', 'high', 'li', "
                         u"'2011-01-02T03:04:05.006Z', '2011-01-02T03:04:05.006Z')"_s));
            QVERIFY(
                raw.exec(u"INSERT INTO annotation VALUES ('7f1c2d3e-4a5b-4c6d-8e7f-0123456789ab', 'point', "
                         u"'', 'qq-active-accounts', '2010-Q3', 'peak', '[]', 'low', 'wang', "
                         u"'2011-01-03T00:00:00.000Z', '2011-01-04T00:00:00.000Z')"_s));
            QVERIFY(raw.exec(u"PRAGMA application_id = %1"_s.arg(workspaceschema::applicationId)));
            QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
        }
        const QByteArray before = fileBytes(file);
        // A backup of an earlier upgrade is never overwritten: the next one gets "-2".
        QVERIFY(writeBytes(path(u"team notes.format1-backup.atws"_s), "earlier"_ba));
        const QString backup = path(u"team notes.format1-backup-2.atws"_s);

        AnnotationStore store;
        QSignalSpy upgraded(&store, &AnnotationStore::upgraded);
        QVERIFY(store.open(file));
        QCOMPARE(upgraded.count(), 1);
        QCOMPARE(upgraded.first().at(0).toInt(), 1);
        QCOMPARE(upgraded.first().at(1).toString(), backup);
        QCOMPARE(fileBytes(backup), before);
        QCOMPARE(fileBytes(path(u"team notes.format1-backup.atws"_s)), "earlier"_ba);
        QCOMPARE(store.count(), 2);
        const Annotation &first = store.annotations().at(0);
        QCOMPARE(first.target, AnnotationTarget::event(u"sina-msn-alliance"_s));
        QCOMPARE(first.text, u"第一条"_s);
        QCOMPARE(first.tags, QStringList{u"msn"_s});
        QCOMPARE(first.importance, Importance::High);
        QCOMPARE(first.author, u"li"_s);
        QCOMPARE(first.editedBy, u"li"_s); // the author saved every version of a file of format 1
        QCOMPARE(first.created, QDateTime(QDate(2011, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
        QCOMPARE(store.annotations().at(1).target,
                 AnnotationTarget::point(u"qq-active-accounts"_s, u"2010-Q3"_s));
        // The upgraded file takes the new targets.
        Annotation span = sample(QString(), u"telecom push"_s, 5);
        span.target = AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31));
        QVERIFY(store.write({AnnotationWrite::put(span, AnnotationWrite::Expect::Absent)}));
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        store.close();
        RawConnection raw(file);
        QCOMPARE(raw.column(u"PRAGMA user_version"_s), QStringList{u"2"_s});
        // Opening it again upgrades nothing and keeps no further copy.
        AnnotationStore again;
        QSignalSpy upgradedAgain(&again, &AnnotationStore::upgraded);
        QVERIFY(again.open(file));
        QCOMPARE(upgradedAgain.count(), 0);
        QCOMPARE(again.count(), 3);
        QVERIFY(!QFileInfo::exists(path(u"team notes.format1-backup-3.atws"_s)));
    }

    void createReplacesAtomicallyAndDropsStaleJournal()
    {
        const QString file = path(u"replace.atws"_s);
        QCOMPARE(makeWorkspace(file, 3).size(), 3);
        // A journal left by some earlier crash next to the file being replaced must not be rolled into the
        // new one.
        QVERIFY(writeBytes(file + u"-journal"_s, QByteArray(1024, 'j')));
        AnnotationStore store;
        QVERIFY(store.create(file));
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        const QStringList leftovers = QDir(m_dir.path()).entryList({u"replace.atws.new-*"_s});
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    }

    void lockedByAnotherProgram()
    {
        const QString file = path(u"locked.atws"_s);
        QCOMPARE(makeWorkspace(file, 1).size(), 1);
        AnnotationStore store;
        store.setBusyTimeout(100);
        QVERIFY(store.open(file));
        QSignalSpy failed(&store, &AnnotationStore::writeFailed);
        const Annotation a = sample(u"e"_s, u"waiting"_s);
        {
            RawConnection other(file);
            QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
            const auto e = store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)});
            QVERIFY(!e);
            QCOMPARE(e.error().code, StoreError::Code::Busy);
            QCOMPARE(e.error().message,
                     u"The workspace “%1” is locked by another program. Try again when that program has "
                     u"finished."_s.arg(file));
            QVERIFY2(e.error().detail.contains(u"database is locked"_s), qPrintable(e.error().detail));
            QCOMPARE(failed.count(), 1);
            QCOMPARE(store.count(), 1);
            QVERIFY(!store.find(a.id));
            QVERIFY(other.exec(u"ROLLBACK"_s));
        }
        QVERIFY(store.write(
            {AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)})); // retry once the lock is gone
        QCOMPARE(store.count(), 2);
    }

    void deletedWhileOpen()
    {
        const QString file = path(u"deleted.atws"_s);
        const QList<Annotation> saved = makeWorkspace(file, 3);
        AnnotationStore store;
        QVERIFY(store.open(file));
        QVERIFY(QFile::remove(file));
        const Annotation a = sample(u"e"_s, u"after delete"_s);
        auto e = store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)});
        QVERIFY(!e);
        QCOMPARE(e.error().code, StoreError::Code::Missing);
        QCOMPARE(e.error().message,
                 u"The workspace file “%1” was moved or deleted while it was open. Put it back, or use "
                 u"Save Workspace As to keep its annotations in a new file."_s.arg(file));
        QCOMPARE(store.annotations(), saved);
        // A second attempt says the same thing, now from the check before writing.
        e = store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)});
        QVERIFY(!e);
        QCOMPARE(e.error().code, StoreError::Code::Missing);
        // Nothing saved is lost: Save As copies it from the open connection.
        const QString rescue = path(u"rescued.atws"_s);
        QVERIFY(store.saveAs(rescue));
        QCOMPARE(store.path(), rescue);
        QCOMPARE(store.annotations(), saved);
        QVERIFY(store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}));
        AnnotationStore check;
        QVERIFY(check.open(rescue));
        QCOMPARE(check.count(), 4);
    }

    void deletedAndPutBack()
    {
        const QString file = path(u"putback.atws"_s);
        const QList<Annotation> saved = makeWorkspace(file, 2);
        const QByteArray copy = fileBytes(file);
        AnnotationStore store;
        QVERIFY(store.open(file));
        QVERIFY(QFile::remove(file));
        const Annotation a = sample(u"e"_s, u"retried"_s);
        QCOMPARE(store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}).error().code,
                 StoreError::Code::Missing);
        QVERIFY(writeBytes(file, copy)); // the cause is gone
        QVERIFY(store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}));
        AnnotationStore check;
        QVERIFY(check.open(file));
        QCOMPARE(check.count(), 3);
        QVERIFY(check.find(a.id));
    }

    void twoInstancesStayConsistent()
    {
        const QString file = path(u"shared.atws"_s);
        QVERIFY(makeWorkspace(file, 0).isEmpty());
        AnnotationStore first;
        AnnotationStore second;
        QVERIFY(first.open(file));
        QVERIFY(second.open(file));
        const Annotation a = sample(u"e"_s, u"from the first"_s);
        QVERIFY(first.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}));
        QVERIFY(!first.refreshIfChanged()); // its own commit is no news to it
        QVERIFY(second.refreshIfChanged());
        QCOMPARE(second.annotations(), QList<Annotation>{a});
        QVERIFY(!second.refreshIfChanged());

        // The second changes it; the first, still holding the old version, may not overwrite that blindly.
        Annotation changed = a;
        changed.text = u"from the second"_s;
        changed.edited = a.edited.addSecs(5);
        QVERIFY(second.write({AnnotationWrite::put(changed, AnnotationWrite::Expect::Unchanged, a.edited)}));
        Annotation mine = a;
        mine.text = u"stale edit"_s;
        mine.edited = a.edited.addSecs(9);
        QSignalSpy reset(&first, &AnnotationStore::reset);
        auto e = first.write({AnnotationWrite::put(mine, AnnotationWrite::Expect::Unchanged, a.edited)});
        QVERIFY(!e);
        QCOMPARE(e.error().code, StoreError::Code::Conflict);
        QCOMPARE(e.error().message,
                 u"This annotation was changed by another program using the same workspace since it was "
                 u"read. The list was re-read from the file; check it and try again."_s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(first.find(a.id)->text, u"from the second"_s); // re-read

        // Deleted by the second: the first is told, and sees it gone.
        QVERIFY(second.write({AnnotationWrite::erase(a.id, changed.edited)}));
        e = first.write({AnnotationWrite::put(mine, AnnotationWrite::Expect::Unchanged, changed.edited)});
        QVERIFY(!e);
        QCOMPARE(e.error().code, StoreError::Code::NotFound);
        QCOMPARE(first.count(), 0);
        QCOMPARE(first.integrityCheck(), u"ok"_s);
    }

    void annotationCountsByEvent()
    {
        const LoadResult r = readEmbeddedDataset();
        QVERIFY(r.hasValue());
        const Dataset &d = **r;
        AnnotationStore store;
        QVERIFY(store.create(path(u"counts.atws"_s)));
        Annotation p = sample(QString(), u"point"_s);
        p.target = AnnotationTarget::point(u"qq-active-accounts"_s, u"2010-Q3"_s);
        QVERIFY(store.write(
            {AnnotationWrite::put(sample(u"sina-msn-alliance"_s, u"1"_s), AnnotationWrite::Expect::Absent),
             AnnotationWrite::put(sample(u"sina-msn-alliance"_s, u"2"_s), AnnotationWrite::Expect::Absent),
             AnnotationWrite::put(sample(u"sina-china-unicom"_s, u"3"_s), AnnotationWrite::Expect::Absent),
             AnnotationWrite::put(sample(u"no-such-event"_s, u"4"_s), AnnotationWrite::Expect::Absent),
             AnnotationWrite::put(p, AnnotationWrite::Expect::Absent)}));
        const QHash<int, int> counts = store.annotationCountsByEvent(d);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.value(d.eventIndex(u"sina-msn-alliance")), 2);
        QCOMPARE(counts.value(d.eventIndex(u"sina-china-unicom")), 1);
    }

    void fullDisk()
    {
        if (!isRoot())
            QSKIP("needs root to mount a 256 KiB tmpfs (mount -t tmpfs -o size=256k)");
        const QString mount = path(u"full"_s);
        QVERIFY(QDir().mkpath(mount));
        QString why;
        if (!run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=256k"_s, u"tmpfs"_s, mount}, &why))
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + why));
        auto unmount = qScopeGuard([&] { run(u"umount"_s, {mount}); });
        const QString file = mount + u"/ws.atws"_s;
        QList<Annotation> saved;
        {
            AnnotationStore store;
            QVERIFY(store.create(file));
            for (int i = 0; i < 5; ++i) {
                saved << sample(u"e"_s, QString(3000, u'x'), i);
                QVERIFY(store.write({AnnotationWrite::put(saved.last(), AnnotationWrite::Expect::Absent)}));
            }
            // An export that was there before the disk filled up.
            QVERIFY(writeFileAtomically(mount + u"/export.json"_s, "previous export"));

            // Fill the disk to the last byte.
            QFile filler(mount + u"/filler"_s);
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'f');
            while (filler.write(block) > 0) {
            }
            filler.close();

            const QByteArray before = fileBytes(file);
            const Annotation big = sample(u"e"_s, QString(20000, u'y'), 99);
            QSignalSpy failed(&store, &AnnotationStore::writeFailed);
            const auto e = store.write({AnnotationWrite::put(big, AnnotationWrite::Expect::Absent)});
            QVERIFY(!e);
            QVERIFY2(e.error().code == StoreError::Code::DiskFull, qPrintable(e.error().text()));
            QCOMPARE(
                e.error().message,
                u"The disk holding the workspace “%1” is full. Free some space and try again."_s.arg(file));
            QCOMPARE(failed.count(), 1);
            QCOMPARE(store.annotations(), saved);
            QCOMPARE(fileBytes(file), before);

            // Saves of other files fail too, and say so, leaving the previous file as it was.
            const auto exported = writeFileAtomically(mount + u"/export.json"_s, QByteArray(100000, 'z'));
            QVERIFY(!exported);
            QCOMPARE(exported.error().toString(),
                     u"%1/export.json: could not be written (No space left on device); the previous file was "
                     u"kept"_s.arg(mount));
            QCOMPARE(fileBytes(mount + u"/export.json"_s), "previous export"_ba);

            // Retry once there is room again.
            QVERIFY(QFile::remove(mount + u"/filler"_s));
            QVERIFY(store.write({AnnotationWrite::put(big, AnnotationWrite::Expect::Absent)}));
            saved << big;
        }
        AnnotationStore check;
        QVERIFY(check.open(file));
        QCOMPARE(check.annotations(), saved);
        QCOMPARE(check.integrityCheck(), u"ok"_s);
        const QStringList leftovers =
            QDir(mount).entryList({u"*.new-*"_s, u"export.json.*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    }

    void readOnlyWorkspace()
    {
        const QString source = path(u"ro-source"_s);
        const QString mount = path(u"ro-mount"_s);
        QVERIFY(QDir().mkpath(source));
        QVERIFY(QDir().mkpath(mount));
        const QList<Annotation> saved = makeWorkspace(source + u"/ws.atws"_s, 3);
        QCOMPARE(saved.size(), 3);
        QString why;
        QString dir = mount;
        std::function<bool()> makeWritable;
        auto cleanup = qScopeGuard([&] { run(u"umount"_s, {mount}); });
        if (isRoot()) {
            // Root ignores permissions: a read-only bind mount is what stops it.
            if (!run(u"mount"_s, {u"--bind"_s, source, mount}, &why) ||
                !run(u"mount"_s, {u"-o"_s, u"remount,bind,ro"_s, mount}, &why))
                QSKIP(qPrintable(u"cannot make a read-only bind mount here: "_s + why));
            makeWritable = [&] { return run(u"mount"_s, {u"-o"_s, u"remount,bind,rw"_s, mount}); };
        } else {
            dir = source;
            QVERIFY(QFile::setPermissions(source + u"/ws.atws"_s, QFileDevice::ReadOwner));
            QVERIFY(QFile::setPermissions(source, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            makeWritable = [&] {
                return QFile::setPermissions(source, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner) &&
                       QFile::setPermissions(source + u"/ws.atws"_s,
                                             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            };
        }
        const QString file = dir + u"/ws.atws"_s;
        const QByteArray before = fileBytes(file);
        AnnotationStore store;
        QVERIFY(store.open(file)); // reading works
        QCOMPARE(store.annotations(), saved);
        const Annotation a = sample(u"e"_s, u"new"_s);
        const auto e = store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)});
        QVERIFY(!e);
        QCOMPARE(e.error().code, StoreError::Code::ReadOnly);
        QVERIFY2(e.error().message.startsWith(u"The workspace “%1” cannot be written: "_s.arg(file)),
                 qPrintable(e.error().message));
        QCOMPARE(store.annotations(), saved);
        QCOMPARE(fileBytes(file), before);
        // Retry works once the cause is gone.
        QVERIFY(makeWritable());
        QVERIFY(store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}));
        AnnotationStore check;
        QVERIFY(check.open(file));
        QCOMPARE(check.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
