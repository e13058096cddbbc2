#pragma once

#include "model/deliverystate.h"
#include "publish/userdecision.h"

#include <QWidget>

class AttemptTableModel;
class Clock;
class Database;
class Engine;
class PostActions;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedLayout;
class QTableView;

// The selected delivery: its text, state and why, where it was published, its audit log, and the
// user's decisions where the state machine allows them.
class DeliveryDetailPane final : public QWidget
{
    Q_OBJECT

public:
    DeliveryDetailPane(const Database &database, Clock &clock, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliveryDetailPane)

    // The engine to wake after a decision; null while no publisher runs here.
    void setEngine(Engine *engine) { m_engine = engine; }
    // Cancels go through the undo stack when set.
    void setPostActions(PostActions *actions) { m_actions = actions; }
    // No decisions can be made (another publisher holds the database, or it cannot be written).
    void setReadOnly(bool readOnly);

    qint64 deliveryId() const { return m_deliveryId; }
    // Shows the delivery (0: nothing), read again from the database.
    void showDelivery(qint64 deliveryId);
    void reload() { showDelivery(m_deliveryId); }

Q_SIGNALS:
    void decisionApplied(qint64 deliveryId);
    void decisionFailed(const QString &message);

private:
    void buildDetailPage();
    void decide(UserDecision decision);
    void updateButtons();

    const Database &m_database;
    Clock &m_clock;
    Engine *m_engine = nullptr;
    PostActions *m_actions = nullptr;
    qint64 m_deliveryId = 0;
    DeliveryState m_state = DeliveryState::Draft;
    QString m_accountName;
    bool m_readOnly = false;
    bool m_attemptInFlight = false;

    QStackedLayout *m_pages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_key = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTableView *m_attemptView = nullptr;
    AttemptTableModel *m_attempts = nullptr;
    QPushButton *m_wasPosted = nullptr;
    QPushButton *m_postAgain = nullptr;
    QPushButton *m_cancel = nullptr;
};
