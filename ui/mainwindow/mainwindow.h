#pragma once

#include <QLocale>
#include <QMainWindow>

namespace at {

class Document;
class ViewState;
class Settings;

// Wires the views to the document and the shared state. No data logic lives here.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Document *document, ViewState *state, Settings *settings, const QLocale &locale,
               QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createViews();
    void openDataset();
    void reloadEmbedded();
    void showAbout();

    Document *m_document;
    ViewState *m_state;
    Settings *m_settings;
    QLocale m_locale;
    QMenu *m_viewMenu = nullptr;
};

} // namespace at
