// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace aclwb {

/// A 2-D Barnes-Hut tree over a t-SNE layout, stored in flat arrays (no per-node allocation; rebuilt each
/// iteration). Used read-only from many threads to estimate the repulsive forces.
class QuadTree {
public:
    /// `points`: x0, y0, x1, y1, ...
    explicit QuadTree(const std::vector<double>& points);

    /// Repulsive force on point `index` at (x, y): adds sum_j q_ij^2 Z (y_i - y_j) to (fx, fy) and returns
    /// sum_j q_ij Z, with q_ij Z = 1 / (1 + |y_i - y_j|^2); cells of width w at distance d with w / d < theta are
    /// treated as one point at their centre of mass.
    double repulsion(int64_t index, double x, double y, double theta, double& fx, double& fy) const;

private:
    struct Node {
        double centreX = 0, centreY = 0, halfWidth = 0; // the cell
        double massX = 0, massY = 0;                    // centre of mass (sum, until finalised)
        int64_t count = 0;
        int64_t point = -1;     // the single point of a leaf, -1 otherwise
        int32_t firstChild = -1; // four consecutive children, or -1 for a leaf
        int32_t depth = 0;
    };
    void insert(int32_t node, int64_t index, double x, double y);
    void subdivide(int32_t node);

    const std::vector<double>& m_points;
    std::vector<Node> m_nodes;
};

} // namespace aclwb
