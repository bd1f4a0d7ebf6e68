"""Realistic Kubernetes objects to seed the emulator with."""

from __future__ import annotations

from typing import Any

NS = "shop"


def container(
    name: str = "app",
    limits: dict[str, str] | None = None,
    requests: dict[str, str] | None = None,
    image: str = "shop/web:1.0",
) -> dict[str, Any]:
    resources: dict[str, Any] = {}
    if limits:
        resources["limits"] = limits
    if requests:
        resources["requests"] = requests
    return {"name": name, "image": image, "resources": resources}


def template(labels: dict[str, str], containers: list[dict[str, Any]]) -> dict[str, Any]:
    return {"metadata": {"labels": dict(labels)}, "spec": {"containers": containers}}


def deployment(
    name: str = "web",
    replicas: int = 2,
    revision: int = 2,
    containers: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    labels = {"app": name}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {
            "name": name,
            "namespace": NS,
            "uid": f"dep-{name}",
            "annotations": {"deployment.kubernetes.io/revision": str(revision)},
        },
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": labels},
            "template": template(
                labels,
                containers
                or [
                    container(
                        limits={"cpu": "500m", "memory": "256Mi"},
                        requests={"cpu": "250m", "memory": "128Mi"},
                    )
                ],
            ),
        },
        "status": {
            "replicas": replicas,
            "readyReplicas": replicas,
            "availableReplicas": replicas,
            "updatedReplicas": replicas,
            "observedGeneration": 1,
        },
    }


def statefulset(name: str = "db", replicas: int = 3) -> dict[str, Any]:
    labels = {"app": name}
    return {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": {"name": name, "namespace": NS, "uid": f"sts-{name}"},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": labels},
            "serviceName": name,
            "template": template(labels, [container("db")]),
        },
        "status": {
            "replicas": replicas,
            "readyReplicas": replicas,
            "updatedReplicas": replicas,
            "observedGeneration": 1,
        },
    }


def replicaset(deploy: dict[str, Any], revision: int, image: str, hash_: str) -> dict[str, Any]:
    labels = {**deploy["spec"]["selector"]["matchLabels"], "pod-template-hash": hash_}
    return {
        "apiVersion": "apps/v1",
        "kind": "ReplicaSet",
        "metadata": {
            "name": f"{deploy['metadata']['name']}-{hash_}",
            "namespace": NS,
            "labels": labels,
            "annotations": {"deployment.kubernetes.io/revision": str(revision)},
            "ownerReferences": [
                {
                    "apiVersion": "apps/v1",
                    "kind": "Deployment",
                    "name": deploy["metadata"]["name"],
                    "uid": deploy["metadata"]["uid"],
                    "controller": True,
                }
            ],
        },
        "spec": {
            "replicas": 0,
            "selector": {"matchLabels": labels},
            "template": template(labels, [container(image=image)]),
        },
    }


def pod(
    name: str,
    labels: dict[str, str] | None = None,
    node: str = "node-1",
    owner: tuple[str, str] | None = ("ReplicaSet", "web-abc"),
    ready: bool = True,
    restarts: int = 0,
    oom: bool = False,
    crash: bool = False,
    volumes: list[dict[str, Any]] | None = None,
    annotations: dict[str, str] | None = None,
    namespace: str = NS,
) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "name": name,
        "namespace": namespace,
        "labels": labels if labels is not None else {"app": "web"},
    }
    if owner:
        meta["ownerReferences"] = [
            {
                "apiVersion": "apps/v1",
                "kind": owner[0],
                "name": owner[1],
                "uid": f"owner-{owner[1]}",
                "controller": True,
            }
        ]
    if annotations:
        meta["annotations"] = annotations
    state: dict[str, Any] = {"running": {}}
    if crash:
        state = {"waiting": {"reason": "CrashLoopBackOff"}}
    cstatus: dict[str, Any] = {
        "name": "app",
        "ready": ready,
        "restartCount": restarts,
        "state": state,
    }
    if oom:
        cstatus["lastState"] = {"terminated": {"reason": "OOMKilled", "exitCode": 137}}
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": meta,
        "spec": {"nodeName": node, "containers": [container()], "volumes": volumes or []},
        "status": {
            "phase": "Running",
            "conditions": [{"type": "Ready", "status": "True" if ready else "False"}],
            "containerStatuses": [cstatus],
        },
    }


def node(name: str = "node-1", unschedulable: bool = False) -> dict[str, Any]:
    spec: dict[str, Any] = {"unschedulable": True} if unschedulable else {}
    return {
        "apiVersion": "v1",
        "kind": "Node",
        "metadata": {"name": name},
        "spec": spec,
        "status": {"conditions": [{"type": "Ready", "status": "True"}]},
    }


def pdb(name: str, labels: dict[str, str], allowed: int) -> dict[str, Any]:
    return {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": name, "namespace": NS},
        "spec": {"minAvailable": 1, "selector": {"matchLabels": labels}},
        "status": {"disruptionsAllowed": allowed},
    }


def pvc(name: str = "data", size: str = "10Gi", storage_class: str = "fast") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": {"name": name, "namespace": NS},
        "spec": {
            "storageClassName": storage_class,
            "accessModes": ["ReadWriteOnce"],
            "resources": {"requests": {"storage": size}},
        },
        "status": {"phase": "Bound", "capacity": {"storage": size}},
    }


def storage_class(name: str = "fast", expandable: bool = True) -> dict[str, Any]:
    return {
        "apiVersion": "storage.k8s.io/v1",
        "kind": "StorageClass",
        "metadata": {"name": name},
        "provisioner": "csi.example.com",
        "allowVolumeExpansion": expandable,
    }


def hpa(name: str = "web", min_replicas: int = 2, max_replicas: int = 5) -> dict[str, Any]:
    return {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": name, "namespace": NS},
        "spec": {
            "minReplicas": min_replicas,
            "maxReplicas": max_replicas,
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name},
        },
        "status": {"currentReplicas": max_replicas, "desiredReplicas": max_replicas},
    }


def service(name: str, selector: dict[str, str]) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "namespace": NS},
        "spec": {"selector": selector, "ports": [{"port": 80}]},
    }


def event(
    name: str, obj_kind: str, obj_name: str, reason: str, message: str, when: str
) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Event",
        "metadata": {"name": name, "namespace": NS},
        "involvedObject": {"kind": obj_kind, "name": obj_name, "namespace": NS},
        "reason": reason,
        "message": message,
        "type": "Warning",
        "count": 3,
        "lastTimestamp": when,
    }
