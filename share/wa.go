package share

// WAOptions configure this service's part of the world.
type WAOptions struct{}

func (o WAOptions) withDefaults() WAOptions { return o }

// waState is this service's part of the world. The store's lock guards it.
type waState struct{}

func newWAState() *waState { return &waState{} }

func (st *waState) orgChanged(tx *Tx, ev OrgEvent) {}
