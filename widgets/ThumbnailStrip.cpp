// SPDX-License-Identifier: MIT
#include "ThumbnailStrip.h"

#include <QGridLayout>
#include <QLabel>

namespace aclwb::widgets {

ThumbnailStrip::ThumbnailStrip(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setSpacing(2);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ThumbnailStrip::setRows(const QStringList& classNames, const QVector<QVector<QImage>>& images, int side)
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_counts.clear();
    m_rows = static_cast<int>(std::min(classNames.size(), images.size()));
    for (int r = 0; r < m_rows; ++r) {
        auto* name = new QLabel(classNames[r], this);
        name->setMinimumWidth(70);
        m_layout->addWidget(name, r, 0);
        for (int k = 0; k < images[r].size(); ++k) {
            auto* label = new QLabel(this);
            label->setPixmap(
                QPixmap::fromImage(images[r][k].scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            label->setToolTip(tr("%1, sample %2").arg(classNames[r]).arg(k + 1));
            m_layout->addWidget(label, r, k + 1);
        }
        m_counts.push_back(static_cast<int>(images[r].size()));
    }
    m_layout->setColumnStretch(m_layout->columnCount(), 1);
}

int ThumbnailStrip::imageCount(int row) const
{
    return m_counts.value(row);
}

} // namespace aclwb::widgets
