// SPDX-License-Identifier: MIT
#include "embed/QuadTree.h"

#include <algorithm>
#include <cmath>

namespace aclwb {
namespace {
constexpr int32_t kMaxDepth = 48; // coincident points stop splitting here and share a leaf
}

QuadTree::QuadTree(const std::vector<double>& points) : m_points(points)
{
    const int64_t n = static_cast<int64_t>(points.size() / 2);
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (int64_t i = 0; i < n; ++i) {
        const double x = points[static_cast<size_t>(2 * i)];
        const double y = points[static_cast<size_t>(2 * i + 1)];
        if (i == 0 || x < minX) minX = x;
        if (i == 0 || x > maxX) maxX = x;
        if (i == 0 || y < minY) minY = y;
        if (i == 0 || y > maxY) maxY = y;
    }
    m_nodes.reserve(static_cast<size_t>(4 * n + 16));
    Node root;
    root.centreX = 0.5 * (minX + maxX);
    root.centreY = 0.5 * (minY + maxY);
    root.halfWidth = 0.5 * std::max(maxX - minX, maxY - minY) + 1e-5;
    m_nodes.push_back(root);
    for (int64_t i = 0; i < n; ++i) {
        insert(0, i, points[static_cast<size_t>(2 * i)], points[static_cast<size_t>(2 * i + 1)]);
    }
    for (Node& node : m_nodes) {
        if (node.count > 0) {
            node.massX /= static_cast<double>(node.count);
            node.massY /= static_cast<double>(node.count);
        }
    }
}

void QuadTree::subdivide(int32_t index)
{
    const Node parent = m_nodes[static_cast<size_t>(index)];
    const double h = 0.5 * parent.halfWidth;
    const int32_t first = static_cast<int32_t>(m_nodes.size());
    for (int k = 0; k < 4; ++k) {
        Node child;
        child.centreX = parent.centreX + ((k & 1) ? h : -h);
        child.centreY = parent.centreY + ((k & 2) ? h : -h);
        child.halfWidth = h;
        child.depth = parent.depth + 1;
        m_nodes.push_back(child);
    }
    m_nodes[static_cast<size_t>(index)].firstChild = first;
}

void QuadTree::insert(int32_t index, int64_t point, double x, double y)
{
    while (true) {
        Node& node = m_nodes[static_cast<size_t>(index)];
        node.massX += x;
        node.massY += y;
        ++node.count;
        if (node.firstChild < 0) {
            if (node.count == 1) {
                node.point = point;
                return;
            }
            if (node.depth >= kMaxDepth) {
                node.point = -1; // several (near-)coincident points lumped together
                return;
            }
            // Push the resident point down, then continue with the new one.
            const int64_t resident = node.point;
            node.point = -1;
            subdivide(index);
            Node& parent = m_nodes[static_cast<size_t>(index)];
            if (resident >= 0) {
                const double rx = m_points[static_cast<size_t>(2 * resident)];
                const double ry = m_points[static_cast<size_t>(2 * resident + 1)];
                const int32_t child = parent.firstChild + (rx > parent.centreX ? 1 : 0) + (ry > parent.centreY ? 2 : 0);
                Node& c = m_nodes[static_cast<size_t>(child)];
                c.massX += rx;
                c.massY += ry;
                c.count = 1;
                c.point = resident;
            }
        }
        const Node& current = m_nodes[static_cast<size_t>(index)];
        index = current.firstChild + (x > current.centreX ? 1 : 0) + (y > current.centreY ? 2 : 0);
    }
}

double QuadTree::repulsion(int64_t index, double x, double y, double theta, double& fx, double& fy) const
{
    double sumQ = 0.0;
    int32_t stack[256];
    int top = 0;
    stack[top++] = 0;
    const double theta2 = theta * theta;
    while (top > 0) {
        const Node& node = m_nodes[static_cast<size_t>(stack[--top])];
        if (node.count == 0 || (node.count == 1 && node.point == index)) {
            continue;
        }
        const double dx = x - node.massX;
        const double dy = y - node.massY;
        const double d2 = dx * dx + dy * dy;
        const double width = 2.0 * node.halfWidth;
        if (node.firstChild < 0 || width * width < theta2 * d2) {
            const double q = 1.0 / (1.0 + d2);
            const double mq = static_cast<double>(node.count) * q;
            sumQ += mq;
            fx += mq * q * dx;
            fy += mq * q * dy;
        } else {
            for (int k = 0; k < 4 && top < 256; ++k) {
                stack[top++] = node.firstChild + k;
            }
        }
    }
    return sumQ;
}

} // namespace aclwb
