#include "application.h"

#include "datasetreader.h"
#include "document.h"
#include "mainwindow/mainwindow.h"
#include "settings.h"
#include "viewstate.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

namespace at {

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AllianceTimeline"));
    QApplication::setApplicationName(QStringLiteral("alliance-timeline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Alliance Timeline"));
    QApplication::setApplicationVersion(QStringLiteral(AT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("alliance-timeline"));

    Settings settings;
    const QString language = settings.value(keys::language);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    QTranslator appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("alliance-timeline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    Document document;
    ViewState state;
    const LoadResult embedded = readEmbeddedDataset();
    if (!embedded.ok()) {
        // A broken embedded dataset is a build defect; say so rather than open an empty window.
        const QString text = toStrings(embedded.errors).join(u'\n');
        std::fprintf(stderr, "%s\n", qPrintable(text));
        QMessageBox::critical(nullptr, QObject::tr("Alliance Timeline"), text);
        return 1;
    }
    document.setDataset(embedded.dataset, QObject::tr("Embedded dataset 2010–2013"));

    MainWindow window(&document, &state, &settings, locale);
    window.show();
    return QApplication::exec();
}

} // namespace at
