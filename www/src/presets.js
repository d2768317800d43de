// The tutorials of shared/scenarios/ as one-click presets: the YAML for the editor, extra
// files for `kubectl apply -f NAME`, the commands to try (clickable), a short explanation.
// Placeholders in commands are filled from the current snapshot when clicked:
//   <pod>  the first running pod (by name) of the preset's workload
//   <rs>   the newest ReplicaSet (highest revision) of the preset's Deployment

const nginxDeploy = ({ replicas = 3, image = "nginx:1.7.9", strategy, minReady, labels = "app: nginx", extraMeta = "" }) =>
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deploy
  namespace: default
${extraMeta}spec:
  replicas: ${replicas}
${minReady ? `  minReadySeconds: ${minReady}\n` : ""}${strategy ?? ""}  selector:
    matchLabels:
${indent(labels, 6)}
  template:
    metadata:
      labels:
${indent(labels, 8)}
    spec:
      containers:
      - name: nginx
        image: ${image}
        ports:
        - containerPort: 80
`;

function indent(block, n) {
  return block
    .split("\n")
    .map((l) => " ".repeat(n) + l)
    .join("\n");
}

const rolling = (surge, unavailable) => `  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: ${surge}
      maxUnavailable: ${unavailable}
`;

const ngxDep = (cause, image, container) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ngx-dep
  annotations:
    kubernetes.io/change-cause: ${cause}
spec:
  replicas: 4
  minReadySeconds: 15
  selector:
    matchLabels:
      app: ngx-dep
  template:
    metadata:
      labels:
        app: ngx-dep
    spec:
      containers:
      - name: ${container}
        image: ${image}
        ports:
        - containerPort: 80
`;

/** @type {Array<{id: string, title: string, file: string, yaml: string, text: string, commands: string[], files?: Record<string,string>, workload: string}>} */
export const PRESETS = [
  {
    id: "replicaset",
    title: "ReplicaSet: self-healing and scaling",
    file: "nginx-rs.yaml",
    workload: "nginx-rs",
    text:
      "A ReplicaSet keeps N identical pods running. Apply, then play: three pods start. " +
      "Delete one and a replacement appears; set replicas: 2 and apply again and one goes away. " +
      "Pods carry an ownerReference to their ReplicaSet, and go with it when it is deleted.",
    yaml: `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: nginx-rs
  namespace: default
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:latest
        ports:
        - containerPort: 80
`,
    commands: [
      "kubectl get rs",
      "kubectl get po -l app=nginx",
      "kubectl delete pod <pod>",
      "kubectl describe rs nginx-rs",
      "kubectl describe pod <pod>",
      "kubectl get po <pod> -o yaml",
      "kubectl delete rs nginx-rs",
      "kubectl get rs,pod",
    ],
  },
  {
    id: "deployment-scale",
    title: "Deployment: create and scale",
    file: "nginx-deploy.yaml",
    workload: "nginx-deploy",
    text:
      "A Deployment owns a ReplicaSet, which owns the pods (Deployment → ReplicaSet → Pod). " +
      "Scaling changes the ReplicaSet's desired count at once and READY catches up; it is not " +
      "a rollout: no new ReplicaSet, no new revision. Only a change of .spec.template makes one.",
    yaml: nginxDeploy({ image: "nginx:latest", extraMeta: "  labels:\n    role: deploy\n" }),
    commands: [
      "kubectl get deploy,rs,po",
      "kubectl get deployments.apps",
      "kubectl get po",
      "kubectl scale deployment nginx-deploy --replicas=4",
      "kubectl get rs",
      "kubectl describe deploy nginx-deploy",
      "kubectl describe rs <rs>",
      "kubectl rollout history deployment nginx-deploy",
    ],
  },
  {
    id: "rolling-update",
    title: "Rolling update (25% / 25%)",
    file: "nginx-deploy.yaml",
    workload: "nginx-deploy",
    text:
      "Apply and let the 3 pods become available, then change the image. With replicas 3, " +
      "maxSurge 25% rounds up to 1 and maxUnavailable 25% rounds down to 0: the new ReplicaSet " +
      "grows one pod at a time and the old one shrinks only as new pods become available — " +
      "never more than 4 pods, never fewer than 3 available (the budget bar).",
    yaml: nginxDeploy({ strategy: rolling("25%", "25%") }),
    commands: [
      "kubectl set image deployment/nginx-deploy nginx=nginx:1.9.1",
      "kubectl rollout status deployment/nginx-deploy",
      "kubectl get rs",
      "kubectl describe deployment nginx-deploy",
      "kubectl rollout history deployment/nginx-deploy",
      "kubectl rollout undo deployment/nginx-deploy",
    ],
  },
  {
    id: "rolling-update-slow",
    title: "Rolling update: maxSurge 1, maxUnavailable 1, minReadySeconds 5",
    file: "nginx-deploy.yaml",
    workload: "nginx-deploy",
    text:
      "Replicas 4 with maxSurge 1 and maxUnavailable 1: at most 5 pods and at least 3 available. " +
      "The update scales the new ReplicaSet to 1 and the old down to 3, then to 2 new at once; " +
      "each new pod must stay ready 5 s (minReadySeconds) before it counts as available " +
      "(green outline with a clock) and the old ReplicaSet shrinks.",
    yaml: nginxDeploy({ replicas: 4, minReady: 5, strategy: rolling(1, 1) }),
    commands: [
      "kubectl set image deployment/nginx-deploy nginx=nginx:1.9.1",
      "kubectl rollout status deployment/nginx-deploy",
      "kubectl get rs",
      "kubectl describe deployment nginx-deploy",
    ],
  },
  {
    id: "recreate",
    title: "Recreate strategy",
    file: "nginx-deploy.yaml",
    workload: "nginx-deploy",
    text:
      "With strategy Recreate, a new image first terminates all 4 old pods together; only when " +
      "they are gone are the 4 new pods created (Pending → ContainerCreating → Running). " +
      "There is downtime in between, but never two versions running at once.",
    yaml: nginxDeploy({
      replicas: 4,
      strategy: "  strategy:\n    type: Recreate\n",
      labels: "app: nginx\ntest: course",
    }),
    commands: [
      "kubectl set image deployment/nginx-deploy nginx=nginx:1.9.1",
      "kubectl get pods",
      "kubectl describe deploy nginx-deploy",
      "kubectl rollout history deployment/nginx-deploy",
    ],
  },
  {
    id: "bad-image",
    title: "Bad image and rollback",
    file: "nginx-deploy.yaml",
    workload: "nginx-deploy",
    text:
      "nginx:1.161 does not exist: the new pods fail to pull (ErrImagePull, then ImagePullBackOff) " +
      "and the rollout stops with 2 new pods and 3 old ones (maxSurge 1, maxUnavailable 1). " +
      "rollout undo scales the previous ReplicaSet back up; after progressDeadlineSeconds (600 s) " +
      "without progress the Deployment reports ProgressDeadlineExceeded.",
    yaml: nginxDeploy({ replicas: 4, image: "nginx:1.16.1", strategy: rolling(1, 1) }),
    commands: [
      "kubectl set image deploy nginx-deploy nginx=nginx:1.161 --record",
      "kubectl get rs",
      "kubectl get pod",
      "kubectl rollout status deploy nginx-deploy --timeout=30s",
      "kubectl rollout history deploy nginx-deploy",
      "kubectl rollout history deploy nginx-deploy --revision=2",
      "kubectl rollout undo deploy nginx-deploy",
      "kubectl rollout undo deploy nginx-deploy --to-revision=1",
    ],
  },
  {
    id: "pause-resume",
    title: "Pause and resume: several edits, one rollout",
    file: "nginx-deploy.yaml",
    workload: "nginx-deploy",
    text:
      "Pause the Deployment, make several changes (image, resources) and resume: the edits land " +
      "in the template at once but only one rollout, one new revision and one new ReplicaSet " +
      "follow. A paused Deployment cannot be rolled back.",
    yaml: nginxDeploy({ replicas: 4, strategy: rolling(1, 1) }),
    commands: [
      "kubectl rollout pause deployment/nginx-deploy",
      "kubectl set image deploy nginx-deploy nginx=nginx:1.9.1 --record",
      "kubectl set resources deploy nginx-deploy -c=nginx --limits=memory=512Mi,cpu=500m",
      "kubectl rollout history deploy nginx-deploy",
      "kubectl describe deploy nginx-deploy",
      "kubectl rollout undo deploy nginx-deploy",
      "kubectl rollout resume deploy nginx-deploy",
      "kubectl rollout status deploy nginx-deploy",
      "kubectl get rs",
    ],
  },
  {
    id: "change-cause",
    title: "Change-cause: describing each revision",
    file: "ngx-dep.yaml",
    workload: "ngx-dep",
    text:
      "Three versions of one Deployment, each with its own kubernetes.io/change-cause annotation. " +
      "Apply v1, then the next versions from the files (kubectl apply -f). minReadySeconds 15 slows " +
      "each step down enough to watch it; pod names carry the pod-template hash of each version.",
    yaml: ngxDep("v1, ngx=1.21", "nginx:1.21-alpine", "nginx"),
    files: {
      "ngx-dep-v2.yaml": ngxDep("update to v2, ngx=1.22", "nginx:1.22-alpine", "nginx"),
      "ngx-dep-v3.yaml": ngxDep("update to v3, change name", "nginx:1.22-alpine", "web"),
    },
    commands: [
      "kubectl apply -f ngx-dep-v2.yaml",
      "kubectl rollout status deploy ngx-dep",
      "kubectl apply -f ngx-dep-v3.yaml",
      "kubectl rollout history deploy ngx-dep",
      "kubectl get rs",
      "kubectl get pods",
    ],
  },
  {
    id: "canary",
    title: "Self-healing, autoscaling, canary",
    file: "canary.yaml",
    workload: "nginx-stable",
    text:
      "Two Deployments share the label app=nginx: 3 stable pods and 1 canary pod, so a Service " +
      "selecting app=nginx would send about 25% of requests to the canary. Delete a pod and its " +
      "ReplicaSet replaces it; scale the canary to shift traffic; autoscale with an HPA.",
    yaml: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-stable
spec:
  replicas: 3
  selector:
    matchLabels: {app: nginx, track: stable}
  template:
    metadata:
      labels: {app: nginx, track: stable}
    spec:
      containers:
      - name: nginx
        image: nginx:1.7.9
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-canary
spec:
  replicas: 1
  selector:
    matchLabels: {app: nginx, track: canary}
  template:
    metadata:
      labels: {app: nginx, track: canary}
    spec:
      containers:
      - name: nginx
        image: nginx:1.9.1
`,
    commands: [
      "kubectl get pods -l app=nginx -L track",
      "kubectl delete pod <pod>",
      "kubectl scale deploy nginx-canary --replicas=3",
      "kubectl autoscale deploy nginx-stable --min=2 --max=4 --cpu-percent=80",
      "kubectl get hpa",
      "kubectl delete hpa nginx-stable",
    ],
  },
];

export const DEFAULT_PRESET = "rolling-update";

export function presetById(id) {
  return PRESETS.find((p) => p.id === id) ?? PRESETS.find((p) => p.id === DEFAULT_PRESET);
}
