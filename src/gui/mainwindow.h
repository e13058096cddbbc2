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
class QLabel;
class SecretStore;
class QTimer;

namespace Ui {
class MainWindow;
}

// Accounts on the left, the queue in the middle, the selected delivery on the right, and above them
// a banner whenever posts may have been sent or need the user's decision.
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
    DeliveryDetailPane *detailPane() const { return m_detail; }
    CalendarWidget *calendar() const { return m_calendar; }
    // Reads accounts, queue, details and counts again.
    void refresh();

private:
    void loadAccounts();
    void setupStateFilter();
    void applyFilter();
    void updateCounts();
    void updateEmptyQueue();
    void review();
    void showSelected();
    void selectDelivery(qint64 deliveryId);
    void compose();
    void addAccount();
    void showCalendarPost(qint64 deliveryId);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Database &m_database;
    Clock &m_clock;
    Engine *m_engine = nullptr;
    SecretStore *m_secrets = nullptr;
    DeliveryTableModel *m_model = nullptr;
    DeliveryDetailPane *m_detail = nullptr;
    CalendarWidget *m_calendar = nullptr;
    QLabel *m_engineStatus = nullptr;
    QTimer *m_refreshSoon = nullptr;
    QTimer *m_poll = nullptr;
    QStringList m_accountSignature;
    qint64 m_selectedId = 0;
    bool m_readOnly = false;
};
