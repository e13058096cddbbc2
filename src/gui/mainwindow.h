#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class CalendarWidget;
class Clock;
class Database;
class DeliveryDetailPane;
class DeliveryTableModel;
class Engine;
class PauseAction;
class PostActions;
class QLabel;
class QLineEdit;
class QListWidgetItem;
class QTableView;
class QTimer;
class SecretStore;
struct Account;
struct AccountHealth;
struct DeliveryFilter;

namespace Ui {
class MainWindow;
}

// Accounts on the left; the queue, calendar and history in the middle; the selected delivery on the
// right; and above them a banner whenever posts may have been sent or need the user's decision.
// Every change the user makes goes through PostActions, so that it can be undone.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Database &database, Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // The publisher whose changes this window follows; null when none runs here.
    void setEngine(Engine *engine);
    // Where the account dialog stores tokens and passwords; without one, accounts are added with the
    // command line only.
    void setSecretStore(SecretStore *secrets);
    // Nothing can be scheduled or decided: another publisher holds the database.
    void setReadOnly(bool readOnly, const QString &why = {});

    DeliveryTableModel *queueModel() const { return m_model; }
    DeliveryTableModel *historyModel(); // built when first asked for
    DeliveryDetailPane *detailPane() const { return m_detail; }
    CalendarWidget *calendar() const { return m_calendar; }
    PostActions *postActions() const { return m_actions; }
    // Reads accounts, queue, history, details and counts again.
    void refresh();
    // The queue, with this delivery selected and in the detail pane (a notification was clicked).
    void openDelivery(qint64 deliveryId);
    void compose();
    // The composer at a time, with dropped files (a calendar drop).
    void composeAt(const QDateTime &at, const QStringList &files);
    // The composer on the selected post; the edit goes on the undo stack.
    void editSelected();

Q_SIGNALS:
    // What quitting and preferences involve (the tray, the settings) is the app's to decide.
    void quitRequested();
    void preferencesRequested();

private:
    // One account as the sidebar shows it.
    struct AccountRow
    {
        qint64 id = 0;
        QString name;
        QString platformName; // the registry's: "mastodon"
        QString platform;     // as users read it: "Mastodon"
        QString health;
        bool problem = false;
        int attention = 0;
        QString details;
        QString accessibleText;
    };

    void setupDeliveryTable(QTableView *view, DeliveryTableModel *model, const QString &name, Qt::SortOrder timeOrder);
    void setupQueue();
    void setupEditActions();
    void setupFind();
    void loadAccounts();
    AccountRow accountRow(const Account &account, const AccountHealth &health, int attention, const QDateTime &now) const;
    void toggleAccountFilter(QListWidgetItem *item);
    void setupStateFilter();
    DeliveryFilter commonFilter() const;
    DeliveryFilter historyFilter() const;
    void applyFilter();
    void updateCounts();
    void updateEmptyQueue();
    void updateEditActions();
    void review();
    void showSelected(QTableView *view);
    void selectDelivery(qint64 deliveryId);
    void openLink(const QModelIndex &index);
    void addAccount();
    void showPublishing(bool paused);
    void showCalendarPost(qint64 deliveryId);
    qsizetype selectedQueueRowCount() const;
    QList<int> selectedQueueRows() const;
    QList<qint64> selectedPostIds() const;
    void rescheduleSelected();
    void duplicateSelected();
    void cancelSelected();
    void deleteSelected();
    void report(const QString &done, const QString &failure);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Database &m_database;
    Clock &m_clock;
    Engine *m_engine = nullptr;
    SecretStore *m_secrets = nullptr;
    PostActions *m_actions = nullptr;
    DeliveryTableModel *m_model = nullptr;
    DeliveryTableModel *m_history = nullptr;
    DeliveryDetailPane *m_detail = nullptr;
    CalendarWidget *m_calendar = nullptr;
    QLabel *m_engineStatus = nullptr;
    PauseAction *m_pause = nullptr;
    QLineEdit *m_find = nullptr;
    QTimer *m_findSoon = nullptr;
    QTimer *m_refreshSoon = nullptr;
    QTimer *m_showSelectedSoon = nullptr;
    QTimer *m_poll = nullptr;
    QStringList m_accountSignature;
    QStringList m_accountNames;
    qint64 m_selectedId = 0;
    bool m_readOnly = false;
    bool m_accountJustChosen = false; // the click that chose an account does not also toggle it off
};
