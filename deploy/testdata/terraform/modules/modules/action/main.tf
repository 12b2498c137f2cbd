variable "name" {
  type = string
}

variable "trigger" {
  type = string
}

variable "trigger_version" {
  type    = string
  default = "v2"
}

variable "api_key" {
  type    = string
  default = null
}

resource "auth0_action" "this" {
  name = var.name
  code = file("${path.module}/code.js")

  supported_triggers {
    id      = var.trigger
    version = var.trigger_version
  }

  secrets {
    name  = "API_KEY"
    value = var.api_key
  }
}

output "action_id" {
  value = auth0_action.this.id
}
