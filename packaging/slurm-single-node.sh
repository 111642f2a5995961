#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up a single-node Slurm on this Debian 12 machine (slurmctld + slurmd + munge, no cgroups), so the Slurm export
# can be tried for real: `ctest -R slurm_export` runs tests/packaging/test-slurm.sh against it. Needs root (or sudo).
# Usage: packaging/slurm-single-node.sh [--stop]
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ "${1:-}" = "--stop" ]; then
  $sudo pkill -x slurmd || true
  $sudo pkill -x slurmctld || true
  $sudo pkill -x munged || true
  exit 0
fi
if ! command -v slurmctld >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq slurm-wlm munge >/dev/null
fi
host=$(hostname -s)
cpus=$(nproc)
mem=$(($(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512))
$sudo mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /run/munge
$sudo tee /etc/slurm/slurm.conf >/dev/null <<CONF
ClusterName=aclwb-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
if [ ! -f /etc/munge/munge.key ]; then
  $sudo mkdir -p /etc/munge
  $sudo dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
$sudo chown -R munge:munge /etc/munge /run/munge 2>/dev/null || true
$sudo chmod 0400 /etc/munge/munge.key
pgrep -x munged >/dev/null || runuser -u munge -- munged 2>/dev/null || $sudo munged --force
pgrep -x slurmctld >/dev/null || $sudo slurmctld
pgrep -x slurmd >/dev/null || $sudo slurmd
for _ in $(seq 30); do
  if sinfo -h -o '%T' 2>/dev/null | grep -qE 'idle|mixed|allocated'; then
    sinfo
    exit 0
  fi
  sleep 1
done
echo "slurm-single-node.sh: the node did not come up; see /var/log/slurm/" >&2
exit 1
