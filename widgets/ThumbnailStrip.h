// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QVector>
#include <QWidget>

class QGridLayout;

namespace aclwb::widgets {

/// A row of sample images per class, with the class name: what the chosen classes actually look like.
class ThumbnailStrip : public QWidget {
    Q_OBJECT

public:
    explicit ThumbnailStrip(QWidget* parent = nullptr);

    void setRows(const QStringList& classNames, const QVector<QVector<QImage>>& images, int side = 40);
    int rowCount() const { return m_rows; }
    int imageCount(int row) const;

private:
    QGridLayout* m_layout = nullptr;
    QVector<int> m_counts;
    int m_rows = 0;
};

} // namespace aclwb::widgets
