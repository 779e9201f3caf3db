// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Where the export dialog proposes to write: into the pictures folder when the account has one, else into
// the home folder; never into a folder that does not exist (the save would fail with "no such file"). Which
// annotations the picture carries: all by default, none, or those of a tag or an author of the workspace.
#include "ui/export/exportdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A fresh account: its own home, no user-dirs.dirs naming another pictures folder.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_s)));
    }

    void proposesAFolderThatExists()
    {
        const QString home = QDir(m_home.path()).canonicalPath();
        QCOMPARE(QDir(at::ExportDialog::defaultFolder()).canonicalPath(), home);
        at::ExportDialog without(u"Timeline"_s, QSize(800, 600), true, 2455440, 2456000);
        QCOMPARE(QFileInfo(without.path()).dir().canonicalPath(), home);
        QCOMPARE(QFileInfo(without.path()).fileName(), u"alliance-timeline.png"_s);

        QVERIFY(QDir(home).mkdir(u"Pictures"_s));
        QCOMPARE(QDir(at::ExportDialog::defaultFolder()).canonicalPath(), home + u"/Pictures"_s);
        at::ExportDialog with(u"Timeline"_s, QSize(800, 600), true, 2455440, 2456000);
        QCOMPARE(QFileInfo(with.path()).dir().canonicalPath(), home + u"/Pictures"_s);
    }

    void choosesTheAnnotations()
    {
        at::ExportDialog dialog(u"Timeline"_s, QSize(800, 600), true, 2455440, 2456000);
        QCOMPARE(dialog.annotationChoice(), at::AnnotationChoice::all());
        dialog.setAnnotationChoices({u"telecom"_s, u"<b>dispute</b>"_s}, {u"li.wei"_s});
        auto *box = dialog.findChild<QComboBox *>(u"annotations"_s);
        QVERIFY(box);
        QCOMPARE(box->count(), 5);
        QCOMPARE(box->itemText(3), u"Tagged “<b>dispute</b>”"_s); // a combo box shows it as typed
        QCOMPARE(box->itemText(4), u"By li.wei"_s);
        box->setCurrentIndex(1);
        QCOMPARE(dialog.annotationChoice(), at::AnnotationChoice::none());
        box->setCurrentIndex(3);
        QCOMPARE(dialog.annotationChoice(), at::AnnotationChoice::tag(u"<b>dispute</b>"_s));
        dialog.setAnnotationChoice(at::AnnotationChoice::author(u"li.wei"_s));
        QCOMPARE(box->currentIndex(), 4);
        // Asked again (another workspace): the old tags and authors go.
        dialog.setAnnotationChoices({}, {});
        QCOMPARE(box->count(), 2);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
