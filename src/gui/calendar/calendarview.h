#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QStringList>
#include <QWidget>

#include <optional>

class CalendarModel;
class QMimeData;
class QPainter;

// What the month and the week views share: chips painted from a CalendarModel, a click that
// selects a post, and drag-and-drop that moves it (Ctrl copies). Subclasses lay out days and hours.
class CalendarView : public QWidget {
    Q_OBJECT

public:
    // Where a drop lands: a day, or an hour of a day.
    struct Slot {
        QDate day;
        std::optional<int> hour;
        bool operator==(const Slot &other) const = default;
    };

    explicit CalendarView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CalendarView)

    void setModel(CalendarModel *model);
    void setReadOnly(bool readOnly);
    CalendarModel *model() const { return m_model; }
    // Shows the month or the week that holds `date`; the owner reads firstDay()..lastDay() into the model.
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    virtual QDate firstDay() const = 0;
    virtual QDate lastDay() const = 0;
    // The most posts of one day the view shows, the rest as a count; nullopt: it shows them all.
    virtual std::optional<int> postsPerDay() const { return std::nullopt; }
    virtual QRect slotRect(const Slot &slot) const = 0;

    // Where each chip was painted last, for hit tests (and tests).
    QRect chipRect(qint64 postId) const;

Q_SIGNALS:
    void postActivated(qint64 deliveryId);
    // The user asked to see one day closely (double-click, "+n more").
    void dayOpened(const QDate &day);
    void message(const QString &text);
    // Files from a file manager were dropped on a day or an hour: a new post starts there (UTC).
    void composeRequested(const QDateTime &at, const QStringList &files);

protected:
    struct PlacedChip {
        QRect rect;
        int row = -1;
    };
    virtual std::optional<Slot> slotAt(const QPoint &pos) const = 0;
    // How far Ctrl+Up / Ctrl+Down moves a post: a week in the month, an hour in the week.
    virtual qint64 verticalStepSeconds() const = 0;
    void paintChip(QPainter &painter, const QRect &rect, int row);
    void paintDropTarget(QPainter &painter);
    static void paintBadge(QPainter &painter, const QRect &disc, const QString &account, const QFont &font);
    void clearChips() { m_chips.clear(); }
    static QColor todayColour(const QPalette &palette);

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

    QDate m_date = QDate::currentDate();

private:
    int rowAt(const QPoint &pos) const;
    void refuse(const QPoint &pos, const QString &why);
    void selectRow(int row);
    void selectNeighbour(int direction);
    void moveSelected(qint64 seconds);
    bool acceptsDrag(const QMimeData *mime) const;
    static Qt::DropAction dropActionFor(const QMimeData *mime, Qt::KeyboardModifiers modifiers);

    CalendarModel *m_model = nullptr;
    QList<PlacedChip> m_chips;
    qint64 m_selectedPost = 0;
    bool m_readOnly = false;
    int m_pressedRow = -1;
    QPoint m_pressPos;
    std::optional<Slot> m_dropSlot;
};
